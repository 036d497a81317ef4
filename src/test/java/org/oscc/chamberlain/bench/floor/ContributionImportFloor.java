package org.oscc.chamberlain.bench.floor;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The floor of "contributions-import": the plainest program that loads the benchmark's timesheet CSV (Pledge ID,
 * Date, Hours as h:mm, Contributor, Description) into a copy of the same store. One transaction, prepared-statement
 * batches into contribution (the project taken from the pledge, read once), the totals trigger dropped and the kept
 * totals filled by one statement each at the end (then the trigger put back). No mapping, checks, duplicates or undo
 * journal. Run as a single source file: {@code java -cp sqlite-jdbc.jar ContributionImportFloor.java sheet.csv store.db}.
 */
public class ContributionImportFloor {
    public static void main(String[] args) throws Exception {
        String now = LocalDateTime.now(ZoneOffset.UTC).toString().replace('T', ' ');
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1]);
                BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            c.setAutoCommit(false);
            Map<Long, Long> projectOf = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, project_id FROM pledge")) {
                while (rs.next()) {
                    long project = rs.getLong(2);
                    boolean none = rs.wasNull();
                    projectOf.put(rs.getLong(1), none ? null : project);
                }
            }
            String trigger;
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'contribution_totals_insert'")) {
                rs.next();
                trigger = rs.getString(1);
            }
            s.execute("DROP TRIGGER contribution_totals_insert");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contribution (pledge_id, project_id,"
                    + " contributed_on, minutes, contributor_name, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                in.readLine();
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    String[] r = line.split(",", -1);
                    long pledge = Long.parseLong(r[0]);
                    int colon = r[2].indexOf(':');
                    ps.setLong(1, pledge);
                    Long project = projectOf.get(pledge);
                    if (project == null) {
                        ps.setNull(2, Types.INTEGER);
                    } else {
                        ps.setLong(2, project);
                    }
                    ps.setString(3, r[1]);
                    ps.setInt(4, Integer.parseInt(r[2].substring(0, colon)) * 60
                            + Integer.parseInt(r[2].substring(colon + 1)));
                    ps.setString(5, r[3]);
                    ps.setString(6, r[4]);
                    ps.setString(7, now);
                    ps.addBatch();
                    if (++n % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            s.execute("INSERT INTO contribution_total (pledge_id, minutes, entries) SELECT pledge_id, sum(minutes),"
                    + " count(*) FROM contribution WHERE true GROUP BY pledge_id ON CONFLICT (pledge_id) DO UPDATE"
                    + " SET minutes = excluded.minutes, entries = excluded.entries");
            s.execute("INSERT INTO contribution_project_month (month, project_key, minutes, entries)"
                    + " SELECT substr(contributed_on, 1, 7), coalesce(project_id, 0), sum(minutes), count(*)"
                    + " FROM contribution WHERE true GROUP BY 1, 2 ON CONFLICT (month, project_key) DO UPDATE"
                    + " SET minutes = excluded.minutes, entries = excluded.entries");
            s.execute(trigger);
            c.commit();
        }
    }
}
