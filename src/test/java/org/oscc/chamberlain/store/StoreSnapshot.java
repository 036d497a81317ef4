package org.oscc.chamberlain.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows of a store read as text lines, so that tests can compare a store's content before and after. */
public final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /** Every row {@code sql} returns, one line each, columns separated by " | ". */
    public static List<String> rows(Store store, String sql) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                rows.add(line.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** Runs a statement outside the code under test (a change "meanwhile", or a trigger replay). */
    public static void execute(Store store, String sql) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** The schema: every table, index and trigger with its definition. */
    public static List<String> schema(Store store) {
        return rows(store, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    }
}
