package org.oscc.chamberlain.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

class MemberImporterTest {
    @TempDir
    Path dir;
    Store store;
    MemberImporter importer;
    MemberService members;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        ChamberServices services = ChamberServices.on(store, new DataFolders(dir.resolve("home")));
        importer = services.memberImporter();
        members = services.members();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private DryRun<NewMember> dryRun(Path file) throws Exception {
        ColumnMapping mapping = importer.mappingFor(importer.preview(file, 0).headers());
        return importer.dryRun(file, mapping);
    }

    @Test
    void frenchSemicolonWindowsFileIsImportedWithEveryFieldAndTextUnchanged() throws Exception {
        Path file = write("membres.csv", """
                Nom de l'organisation;Type;Secteur;Site web;Ville;Effectif TI;Effectif;Niveau;Statut;Membre depuis;Renouvellement;Remarques;Contact principal;Fonction;Courriel;Téléphone;Consentement
                Société Générale d'Œuvres;entreprise;Finance;sgo.ca;Montréal;1 200;5 000;Or;actif;3 avril 2024;2026-04-03;"Première ligne
                deuxième ligne";Élise O'Brien;DSI;elise@sgo.ca;514 555 0101;oui
                """, Charset.forName("windows-1252"));
        DryRun<NewMember> run = dryRun(file);
        assertThat(run.problems()).isEmpty();
        MemberImportResult result = importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false);

        assertThat(result.created()).isEqualTo(1);
        MemberRow row = members.list(MemberFilter.all()).get(0);
        MemberDetail d = members.get(row.id());
        Organization o = d.organization();
        assertThat(o.name()).isEqualTo("Société Générale d'Œuvres");
        assertThat(o.kind()).isEqualTo(OrganizationKind.COMPANY);
        assertThat(o.website()).isEqualTo("https://sgo.ca");
        assertThat(o.city()).isEqualTo("Montréal");
        assertThat(o.itHeadcount()).isEqualTo(1200);
        assertThat(o.totalHeadcount()).isEqualTo(5000);
        assertThat(o.tier()).isEqualTo("Or");
        assertThat(o.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(o.memberSince()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(o.notes()).isEqualTo("Première ligne\ndeuxième ligne");
        assertThat(d.contacts()).singleElement().satisfies(c -> {
            assertThat(c.fullName()).isEqualTo("Élise O'Brien");
            assertThat(c.roleTitle()).isEqualTo("DSI");
            assertThat(c.email()).isEqualTo("elise@sgo.ca");
            assertThat(c.primary()).isTrue();
            assertThat(c.emailConsent()).isTrue();
        });
        assertThat(d.history()).extracting(StatusChange::changedOn).containsExactly(LocalDate.of(2024, 4, 3));
        // the search index knows the imported contact
        assertThat(List.of(row).stream().filter(members.matcher(MemberFilter.all().withText("elise@sg")))).hasSize(1);
    }

    @Test
    void cjkEmojiAndFormulaLookingNamesAreJustNames() throws Exception {
        Path file = write("odd.csv", "Organization,E-mail\n東京データ株式会社,a@tokyo.example\n🦊 Labs,b@fox.example\n"
                + "=SUM(A1),c@x.example\n+Plus,d@x.example\n-Minus,e@x.example\n@Home,f@x.example\n",
                StandardCharsets.UTF_8);
        importer.commit(dryRun(file), DuplicateChoices.all(DuplicateChoice.SKIP), false);
        assertThat(members.list(MemberFilter.all())).extracting(MemberRow::name).containsExactlyInAnyOrder(
                "東京データ株式会社", "🦊 Labs", "=SUM(A1)", "+Plus", "-Minus", "@Home");
    }

    @Test
    void invalidRowsAreListedByRowAndColumnAndNothingIsWritten() throws Exception {
        Path file = write("bad.csv", """
                Organization,E-mail,IT headcount,Total headcount,Member since,Renewal due,Status
                Good Co,good@x.example,10,100,2024-01-01,2025-01-01,active
                ,nobody@x.example,,,,,
                Bad Mail,bob(at)x.example,,,,,
                Too Many IT,,500,100,,,
                Backwards,,,,2025-01-01,2024-01-01,active
                Odd Status,,,,,,sleeping
                """, StandardCharsets.UTF_8);
        DryRun<NewMember> run = dryRun(file);
        assertThat(run.problems()).extracting(Problem::row).containsExactly(3, 4, 5, 6, 7);
        assertThat(run.problems()).extracting(Problem::field)
                .containsExactly("Organization", "E-mail", "IT headcount", "Renewal due", "Status");

        assertThatThrownBy(() -> importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(members.list(MemberFilter.all())).isEmpty();
        assertThat(importer.history()).isEmpty();

        MemberImportResult result = importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), true);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.leftOut()).extracting(r -> r.row()).containsExactly(3, 4, 5, 6, 7);
        assertThat(members.list(MemberFilter.all())).extracting(MemberRow::name).containsExactly("Good Co");
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheStoreFollowTheChoice() throws Exception {
        members.save(Organization.named("Acme Inc."), List.of(Contact.named("Ann", "ann@acme.example")
                .withPrimary(true)));
        Path file = write("dups.csv", """
                Organization,City,E-mail,Primary contact
                ACME inc,Toronto,,
                Beta Labs,Ottawa,ann@acme.example,Ann Again
                Gamma,Laval,g@gamma.example,Gus
                gamma,Québec,,
                """, StandardCharsets.UTF_8);
        DryRun<NewMember> run = dryRun(file);
        assertThat(run.duplicates()).extracting(d -> d.describe()).containsExactly(
                "Row 2: same name as Acme Inc. (already stored)",
                "Row 3: same e-mail as Acme Inc. (already stored)",
                "Row 5: same name as row 4");

        // creating a second "Acme" is refused, naming the row
        assertThatThrownBy(() -> importer.commit(run, DuplicateChoices.all(DuplicateChoice.CREATE), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Row 2").hasMessageContaining("Row 5");

        MemberImportResult result = importer.commit(run, DuplicateChoices.all(DuplicateChoice.UPDATE)
                .with(3, DuplicateChoice.SKIP), false);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        List<MemberRow> rows = members.list(MemberFilter.all());
        assertThat(rows).extracting(MemberRow::name, MemberRow::city)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACME inc", "Toronto"),
                        org.assertj.core.groups.Tuple.tuple("gamma", "Québec"));
        // the later row replaced the earlier one as a whole, contact included
        assertThat(rows.get(1).primaryContactName()).isNull();
    }

    @Test
    void undoRestoresTheStoreExactly() throws Exception {
        long acme = members.save(Organization.named("Acme").withDetails("Retail", null, "Toronto"),
                List.of(Contact.named("Ann", "ann@acme.example").withPrimary(true)));
        members.changeStatus(acme, MemberStatus.ACTIVE, LocalDate.of(2025, 1, 1));
        String before = dump();
        Path file = write("more.csv", """
                Organization,City,Status,E-mail,Primary contact,Role
                Acme,Montréal,lapsed,ann@acme.example,Ann Smith,CIO
                Acme,,,new@acme.example,Newt,
                Beta,Ottawa,active,b@beta.example,Bea,OSPO lead
                """, StandardCharsets.UTF_8);
        DryRun<NewMember> run = dryRun(file);
        MemberImportResult result = importer.commit(run, DuplicateChoices.all(DuplicateChoice.UPDATE)
                .with(3, DuplicateChoice.SKIP), false);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(members.get(acme).organization().status()).isEqualTo(MemberStatus.LAPSED);
        assertThat(dump()).isNotEqualTo(before);

        importer.undo(result.batchId());
        assertThat(dump()).isEqualTo(before);
        assertThat(importer.history()).singleElement().satisfies(b ->
                assertThat(b.status()).isEqualTo(org.oscc.chamberlain.importing.ImportBatch.Status.UNDONE));
    }

    @Test
    void xlsxWorkbookIsReadWithItsDateCells() throws Exception {
        Path file = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Members");
            var header = sheet.createRow(0);
            String[] headers = {"Company", "Member since", "Email address", "IT staff"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Nordlicht GmbH");
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2023, 2, 3));
            date.setCellStyle(style);
            row.createCell(2).setCellValue("jurgen@nordlicht.example");
            row.createCell(3).setCellValue(42);
            wb.write(out);
        }
        importer.commit(dryRun(file), DuplicateChoices.all(DuplicateChoice.SKIP), false);
        MemberRow row = members.list(MemberFilter.all()).get(0);
        assertThat(row.memberSince()).isEqualTo(LocalDate.of(2023, 2, 3));
        assertThat(row.primaryContactEmail()).isEqualTo("jurgen@nordlicht.example");
        assertThat(row.primaryContactName()).isEqualTo("jurgen");
    }

    @Test
    void theChosenMappingIsRememberedForTheNextFileWithTheSameHeaders() throws Exception {
        Path first = write("a.csv", "Firm,Where\nAcme,Toronto\n", StandardCharsets.UTF_8);
        List<String> headers = importer.preview(first, 0).headers();
        ColumnMapping chosen = importer.mappingFor(headers).map("name", 0).map("city", 1);
        importer.commit(importer.dryRun(first, chosen), DuplicateChoices.all(DuplicateChoice.SKIP), false);
        Path second = write("b.csv", "FIRM;where\nBeta;Ottawa\n", StandardCharsets.UTF_8);
        assertThat(importer.mappingFor(importer.preview(second, 0).headers()).columns())
                .containsEntry("name", 0).containsEntry("city", 1);
    }

    @Test
    void malformedFilesAreRefusedWithAClearMessageAndAnUntouchedStore() throws Exception {
        Path empty = write("empty.csv", "", StandardCharsets.UTF_8);
        Path headerOnly = write("header.csv", "Organization,E-mail\n", StandardCharsets.UTF_8);
        Path pdf = write("doc.csv", "%PDF-1.4 binary", StandardCharsets.ISO_8859_1);
        Path unclosed = write("quote.csv", "Organization,Notes\nAcme,\"never closed\nBeta,x\n", StandardCharsets.UTF_8);
        for (Path p : List.of(empty, headerOnly, pdf, unclosed)) {
            assertThatThrownBy(() -> importer.dryRun(p, importer.mappingFor(List.of("Organization", "Notes"))))
                    .as(p.getFileName().toString()).isInstanceOf(InvalidInputException.class)
                    .hasMessageMatching("(?s).*(" + p.getFileName() + "|Row 2).*");
        }
        assertThat(members.list(MemberFilter.all())).isEmpty();
    }

    /** Every row of the tables an import touches, in id order, as text. */
    private String dump() throws Exception {
        StringBuilder s = new StringBuilder();
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("organization", "contact", "organization_status_change")) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    appendRows(rs, s.append(table).append('\n'));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT rowid, name, people FROM member_search_fts ORDER BY rowid")) {
                appendRows(rs, s);
            }
        }
        return s.toString();
    }

    private static void appendRows(ResultSet rs, StringBuilder s) throws Exception {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                cells.add(String.valueOf(rs.getObject(i)));
            }
            s.append(String.join("|", cells)).append('\n');
        }
    }
}
