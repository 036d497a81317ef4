package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * The command line in French (Canada), run for real on the sample chamber in a temp folder: the reports, the tables,
 * an import with bad rows, the store's refusals, the help and picocli's own errors. CSV stays machine-readable.
 */
class CliFrenchTest {
    private static final String NBSP = "\u00a0";
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void sampleChamber() {
        db = dir.resolve("chambre.db");
        TestStores.sampleChamber(db);
    }

    private CliRunner.Result fr(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--lang";
        all[1] = "fr";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--db";
        all[args.length + 3] = db.toString();
        return CliRunner.run(all);
    }

    @Test
    void checkReportsTheSampleChamberInFrench() {
        CliRunner.Result r = fr("check");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Version des données" + NBSP + ":", "Intégrité" + NBSP + ":", "En bon état.")
                .containsPattern("(?m)^  organisations +28$").containsPattern("(?m)^  soirées de présentations +4$")
                .doesNotContain("Healthy", "organization ", "pitch_night");
    }

    @Test
    void listMembersWritesItsTableInFrenchAndItsCsvAsMachinesReadIt() throws Exception {
        CliRunner.Result table = fr("list", "members");
        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCodes.DONE);
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).contains("Nom", "Statut", "Membre depuis", "Contact principal", "Courriel")
                .doesNotContain("Name", "E-mail");
        assertThat(table.out()).contains("Actif", "Entreprise").doesNotContain("Active", "Company");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("28 organisations");

        CliRunner.Result csv = fr("list", "members", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("Name,Kind,Status,Tier,Sector,City,"
                + "Member since,Renewal due,Primary contact,E-mail");
        assertThat(csv.out()).contains(",Active,").doesNotContain("Actif");
    }

    @Test
    void listPledgesWritesHoursWithADecimalCommaInTheTableAndAPointInTheCsv() {
        CliRunner.Result table = fr("list", "pledges");
        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCodes.DONE);
        String header = table.out().lines().findFirst().orElseThrow();
        assertThat(header).contains("Membre", "Heures promises", "Heures fournies", "Avancement");
        assertThat(table.out()).containsPattern("\\s\\d+,\\d\\s").doesNotContainPattern("\\s\\d+\\.\\d\\s")
                .contains("heures", "actif").doesNotContain("on-track", "hours ");

        CliRunner.Result csv = fr("list", "pledges", "--format", "csv");
        assertThat(csv.out()).startsWith("ID,Member,Project,Kind,Start,End,Pledge status,Pledged hours")
                .containsPattern(",\\d+\\.\\d,").contains(",active,");
    }

    @Test
    void listSessionsNamesItsColumnsAndStatusesInFrench() {
        CliRunner.Result r = fr("list", "sessions");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("Titre", "Fuseau horaire", "Invités",
                "Acceptées", "Présents");
        assertThat(r.out()).contains("Tenue").doesNotContain("HELD", "Held");
    }

    @Test
    void anImportWithBadRowsListsThemInFrenchAndWritesNothing() throws Exception {
        Path sheet = dir.resolve("membres.csv");
        Files.writeString(sheet, "Nom,Courriel,Statut,Membre depuis\n"
                + "Acme Québec,marie@acme.example.org,actif,2025-03-04\n"
                + "Bêta inc.,bob(at)beta.example,membre,31/02/2025\n", StandardCharsets.UTF_8);
        int before = organizations();

        CliRunner.Result r = fr("import", "members", sheet.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.out()).contains("Lecture de membres.csv (CSV, UTF-8, séparé par des virgules)",
                "Courriel -> Courriel", "2 lignes lues" + NBSP + ": 1 peut être importée, 1 ne le peut pas.",
                "Ligne 3, colonne «" + NBSP + "Courriel" + NBSP + "»" + NBSP + ": «" + NBSP + "bob(at)beta.example"
                        + NBSP + "» n’est pas une adresse courriel",
                "n’est pas une date réelle (il n’y a pas de 31 février 2025)");
        assertThat(r.err()).contains("refusé, rien n’a été écrit", "1 ligne non valide (voir plus haut)");
        assertThat(r.out() + r.err()).doesNotContain("Row ", "column", "rows read", "is not");
        assertThat(organizations()).isEqualTo(before);

        CliRunner.Result imported = fr("import", "members", sheet.toString(), "--skip-invalid");
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.DONE);
        assertThat(imported.out()).contains("1 organisation créée, 0 mise à jour, aucun doublon ignoré, "
                + "1 ligne non valide laissée de côté.", "Pour l’annuler" + NBSP + ": chamberlain import undo");
        assertThat(organizations()).isEqualTo(before + 1);
    }

    @Test
    void aDamagedStoreIsRefusedInFrench() throws Exception {
        damageFirstPageOf("organization");
        CliRunner.Result r = fr("list", "members");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(r.err()).contains("Ce fichier de chambre est endommagé").doesNotContain("damaged", "SQLITE_");
    }

    @Test
    void aFileThatIsNotAChamberOrIsNewerIsRefusedInFrench() throws Exception {
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "pas une base de données");
        CliRunner.Result r = CliRunner.run("--lang", "fr", "check", "--db", text.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(r.err()).contains("notes.db n’est pas un fichier de chambre Chamberlain");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                    + "type, script, installed_by, execution_time, success) VALUES (999, '999', 'later', 'SQL', "
                    + "'V999__later.sql', 'test', 0, 1)");
        }
        CliRunner.Result newer = fr("check");
        assertThat(newer.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(newer.err()).contains("a été écrit par une version plus récente de Chamberlain",
                "version des données 999");
    }

    @Test
    void aStoreOpenElsewhereIsRefusedInFrench() {
        try (Store open = TestStores.open(db, Clock.systemDefaultZone())) {
            CliRunner.Result r = fr("check");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
            assertThat(r.err()).contains("Cette chambre (chambre.db) est déjà ouverte dans une autre fenêtre");
        }
    }

    @Test
    void theSystemLanguageIsSpokenWithoutLang() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.CANADA_FRENCH);
            CliRunner.Result r = CliRunner.run("check", "--db", db.toString());
            assertThat(r.out()).contains("En bon état.");
            CliRunner.Result english = CliRunner.run("--lang", "en", "check", "--db", db.toString());
            assertThat(english.out()).contains("Healthy.");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "demo", "backup", "restore", "list", "list members", "list pledges",
        "list sessions", "import", "import members", "import pledges", "import contributions", "import rsvp",
        "import undo", "import history", "export", "export ics", "export invites", "export report", "export roster", "send",
        "send invites", "fetch", "fetch replies"})
    void everyHelpReadsInFrench(String command) {
        String fr = help("fr", command);
        String en = help("en", command);
        assertThat(fr).contains("Utilisation" + NBSP + ":", "Affiche cette aide et quitte.",
                "La langue de ce qu\u02bcécrit la commande").doesNotContain("Usage:", "Show this help", "Print version",
                "The store to use", "${bundle");
        assertThat(en).contains("Usage:", "Show this help message and exit.");
        // no line of the English description is left in the French help
        List<String> description = en.lines().skip(1).dropWhile(l -> l.startsWith(" "))
                .takeWhile(l -> !l.isEmpty() && !l.startsWith(" ")).toList();
        assertThat(description).isNotEmpty().allSatisfy(l -> assertThat(fr).doesNotContain(l));
    }

    @Test
    void theRootHelpNamesItsCommandsAndExitCodesInFrench() {
        assertThat(help("fr", "")).contains("Commandes" + NBSP + ":", "Codes de sortie" + NBSP + ":",
                "[COMMANDE]", "entrée refusée (rien n\u02bca été écrit)", "--db=FICHIER");
    }

    @Test
    void picocliOwnErrorsReadInFrench() {
        CliRunner.Result unknown = fr("check", "--frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Option inconnue" + NBSP + ": --frobnicate",
                "Voir" + NBSP + ": chamberlain check --help");

        CliRunner.Result typo = fr("list", "membres");
        assertThat(typo.err()).contains("Mot inattendu" + NBSP + ": membres", "Vouliez-vous dire", "members");

        CliRunner.Result format = fr("list", "members", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("«" + NBSP + "xml" + NBSP + "» n’est pas une valeur possible pour "
                + "--format" + NBSP + ": utilisez table, csv").doesNotContain("expected one of");

        CliRunner.Result missing = fr("import", "members");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("il manque FICHIER, qui est obligatoire", "Utilisation" + NBSP + ":");

        CliRunner.Result status = fr("list", "pledges", "--status", "tard");
        assertThat(status.err()).contains("--status" + NBSP + ": «" + NBSP + "tard" + NBSP + "» n’est pas un statut");
    }

    private String help(String lang, String command) {
        List<String> args = new java.util.ArrayList<>(List.of("--lang", lang));
        if (!command.isEmpty()) {
            args.addAll(List.of(command.split(" ")));
        }
        args.add("--help");
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        return r.out();
    }

    private int organizations() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM organization")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void damageFirstPageOf(String table) throws Exception {
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '"
                        + table + "'")) {
            rs.next();
            page = rs.getInt(1);
        }
        byte[] rubbish = new byte[4096];
        rubbish[0] = 0x0d;
        java.util.Arrays.fill(rubbish, 1, rubbish.length, (byte) 0xab);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * 4096);
            f.write(rubbish);
        }
    }
}
