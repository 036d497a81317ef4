package org.oscc.chamberlain.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-row triggers taken out for one bulk write and put back, word for word, before its transaction commits.
 * A bulk import drops the triggers that keep the search index and the contribution totals, writes its rows, fills
 * what the triggers would have kept with one statement, then calls {@link #restore()}. Everything happens inside the
 * caller's transaction: SQLite's schema changes are transactional, so a failed import rolls the triggers back with
 * its rows, and no other connection ever sees the store without them (SQLite has one writer at a time).
 */
public final class SuspendedTriggers {
    private final Connection connection;
    private final Map<String, String> definitions;

    private SuspendedTriggers(Connection connection, Map<String, String> definitions) {
        this.connection = connection;
        this.definitions = definitions;
    }

    /** Drops these triggers on {@code connection}, which must be inside a transaction; refuses unknown names. */
    public static SuspendedTriggers drop(Connection connection, String... names) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("triggers are only suspended inside a transaction");
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) { // SQL, not a message
            for (String name : names) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("there is no trigger " + name);
                    }
                    definitions.put(name, rs.getString(1));
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String name : definitions.keySet()) {
                s.execute("DROP TRIGGER \"" + name + "\""); // SQL, not a message
            }
        }
        return new SuspendedTriggers(connection, definitions);
    }

    /** Creates the dropped triggers again from their stored definitions. */
    public void restore() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : definitions.values()) {
                s.execute(sql);
            }
        }
    }
}
