package org.oscc.chamberlain.bench.floor;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The floor of "members-import": the plainest program that loads the benchmark's roster CSV into a freshly migrated
 * store of the same schema. One transaction, prepared-statement batches of organization, primary contact and
 * status-history rows, the search index's per-row insert triggers dropped and the index filled by one
 * INSERT ... SELECT at the end (then the triggers put back). No mapping, no checks, no undo journal.
 * Run as a single source file, so its compilation counts too: {@code java -cp sqlite-jdbc.jar MemberImportFloor.java
 * roster.csv store.db}.
 */
public class MemberImportFloor {
    public static void main(String[] args) throws Exception {
        String now = LocalDateTime.now(ZoneOffset.UTC).toString().replace('T', ' ');
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1]);
                BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            c.setAutoCommit(false);
            String orgTrigger = triggerSql(s, "organization_search_ai");
            String contactTrigger = triggerSql(s, "contact_search_ai");
            s.execute("DROP TRIGGER organization_search_ai");
            s.execute("DROP TRIGGER contact_search_ai");
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, name, name_key, kind, sector,"
                    + " website, city, it_headcount, total_headcount, tier, status, member_since, renewal_due,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement contact = c.prepareStatement("INSERT INTO contact (organization_id, full_name,"
                            + " role_title, email, email_key, phone, is_primary, email_consent, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
                    PreparedStatement status = c.prepareStatement("INSERT INTO organization_status_change"
                            + " (organization_id, status, changed_on) VALUES (?, ?, ?)")) {
                in.readLine();
                String line;
                int id = 0;
                while ((line = in.readLine()) != null) {
                    String[] r = line.split(",", -1);
                    id++;
                    org.setInt(1, id);
                    org.setString(2, r[0]);
                    org.setString(3, Normalizer.normalize(r[0], Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                            .replaceAll("[\\s\\p{P}]", ""));
                    org.setString(4, r[1]);
                    org.setString(5, r[2]);
                    org.setString(6, "https://" + r[3]);
                    org.setString(7, r[4]);
                    org.setInt(8, Integer.parseInt(r[5]));
                    org.setInt(9, Integer.parseInt(r[6]));
                    org.setString(10, r[7]);
                    org.setString(11, r[8]);
                    org.setString(12, r[9]);
                    org.setString(13, r[10]);
                    org.setString(14, now);
                    org.setString(15, now);
                    org.addBatch();
                    contact.setInt(1, id);
                    contact.setString(2, r[11]);
                    contact.setString(3, r[12]);
                    contact.setString(4, r[13]);
                    contact.setString(5, r[13].toLowerCase(Locale.ROOT));
                    contact.setString(6, r[14]);
                    contact.setBoolean(7, r[15].equals("yes"));
                    contact.setString(8, now);
                    contact.setString(9, now);
                    contact.addBatch();
                    status.setInt(1, id);
                    status.setString(2, r[8]);
                    status.setString(3, r[9]);
                    status.addBatch();
                    if (id % 5_000 == 0) {
                        org.executeBatch();
                        contact.executeBatch();
                        status.executeBatch();
                    }
                }
                org.executeBatch();
                contact.executeBatch();
                status.executeBatch();
            }
            s.execute("INSERT INTO member_search_fts (rowid, name, people) SELECT o.id, o.name,"
                    + " (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10)) FROM contact c"
                    + " WHERE c.organization_id = o.id AND c.archived_at IS NULL) FROM organization o");
            s.execute(orgTrigger);
            s.execute(contactTrigger);
            c.commit();
        }
    }

    private static String triggerSql(Statement s, String name) throws Exception {
        try (var rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" + name + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
