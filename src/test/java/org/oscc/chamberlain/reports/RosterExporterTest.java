package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;

class RosterExporterTest {
    static final String ATTACK = "=HYPERLINK(\"http://x\",\"y\")";
    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 16, 0);

    @TempDir
    Path dir;
    Path out;
    Store store;
    RosterExporter exporter;

    @BeforeEach
    void openStore() throws Exception {
        store = TestStores.fresh(dir);
        out = Files.createDirectory(dir.resolve("out"));
        SettingsService settings = new SettingsService(new SettingsRepository(store));
        settings.save(settings.current().withChamberName("Ottawa OSCC"));
        exporter = new RosterExporter(new RosterRepository(store), settings);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    Integer organization(String name, String kind, String status, Integer itHeadcount, LocalDate since,
            LocalDateTime archived) {
        DSLContext dsl = store.dsl();
        return dsl.insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name).set(ORGANIZATION.NAME_KEY, name.toLowerCase())
                .set(ORGANIZATION.KIND, kind).set(ORGANIZATION.STATUS, status).set(ORGANIZATION.CITY, "Gatineau")
                .set(ORGANIZATION.IT_HEADCOUNT, itHeadcount).set(ORGANIZATION.MEMBER_SINCE, since)
                .set(ORGANIZATION.ARCHIVED_AT, archived).set(ORGANIZATION.CREATED_AT, NOW)
                .set(ORGANIZATION.UPDATED_AT, NOW).returning(ORGANIZATION.ID).fetchOne().getId();
    }

    void contact(Integer organization, String name, String role, String phone, boolean primary, LocalDateTime archived) {
        store.dsl().insertInto(CONTACT).set(CONTACT.ORGANIZATION_ID, organization).set(CONTACT.FULL_NAME, name)
                .set(CONTACT.ROLE_TITLE, role).set(CONTACT.EMAIL, name.split(" ")[0].toLowerCase() + "@example.org")
                .set(CONTACT.PHONE, phone).set(CONTACT.IS_PRIMARY, primary).set(CONTACT.EMAIL_CONSENT, primary)
                .set(CONTACT.ARCHIVED_AT, archived).set(CONTACT.CREATED_AT, NOW).set(CONTACT.UPDATED_AT, NOW)
                .execute();
    }

    void sampleRoster() {
        Integer societe = organization("Société Générale du Québec", "PUBLIC_SECTOR", "ACTIVE", 40,
                LocalDate.of(2024, 3, 1), null);
        contact(societe, "Zoë Tremblay", "CTO", "+1 613 555 0100", true, null);
        contact(societe, "Bob Martin", ATTACK, "0123", false, null);
        contact(societe, "Gone Person", null, null, false, NOW);
        organization(ATTACK, "COMPANY", "LAPSED", 7, null, null);
        Integer archived = organization("Archived Inc", "COMPANY", "WITHDRAWN", 1000, null, NOW);
        contact(archived, "Hidden Contact", null, null, true, null);
        contact(null, "東京 🚀 Maintainer", "Maintainer", null, false, null);
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void workbookHoldsMembersAndContactsSheetsWithTypedCells() throws Exception {
        sampleRoster();
        Path file = out.resolve("roster.xlsx");
        ExportResult result = exporter.export(file, Progress.NONE);
        assertThat(result.rows()).isEqualTo(2 + 3);
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Members");
            assertThat(wb.getSheetName(1)).isEqualTo("Contacts");
            XSSFSheet members = wb.getSheetAt(0);
            assertThat(members.getHeader().getLeft()).isEqualTo("Ottawa OSCC");
            Row first = members.getRow(1);
            // sorted by name: "=HYPERLINK..." sorts before "Société..."
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(ATTACK);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Lapsed");
            Row societe = members.getRow(2);
            assertThat(societe.getCell(0).getStringCellValue()).isEqualTo("Société Générale du Québec");
            assertThat(societe.getCell(1).getStringCellValue()).isEqualTo("Public sector");
            assertThat(societe.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(societe.getCell(8).getNumericCellValue()).isEqualTo(40.0);
            assertThat(societe.getCell(10).getStringCellValue()).isEqualTo("Zoë Tremblay");
            assertThat(societe.getCell(12).getStringCellValue()).isEqualTo("+1 613 555 0100");
            assertThat(societe.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("@");
            Row totals = members.getRow(3);
            assertThat(totals.getCell(8).getCellFormula()).isEqualTo("SUM(I2:I3)");
            assertThat(totals.getCell(8).getNumericCellValue()).as("archived members are not counted").isEqualTo(47.0);
            assertThat(members.getLastRowNum()).isEqualTo(3);

            XSSFSheet contacts = wb.getSheetAt(1);
            assertThat(contacts.getLastRowNum()).isEqualTo(3);
            assertThat(contacts.getRow(1).getCell(1).getStringCellValue()).as("primary first").isEqualTo("Zoë Tremblay");
            assertThat(contacts.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Yes");
            assertThat(contacts.getRow(2).getCell(2).getStringCellValue()).isEqualTo(ATTACK);
            assertThat(contacts.getRow(2).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(contacts.getRow(3).getCell(0)).as("no organization").isNull();
            assertThat(contacts.getRow(3).getCell(1).getStringCellValue()).isEqualTo("東京 🚀 Maintainer");
        }
    }

    @Test
    void csvHasOneLinePerContactAndKeepsMembersWithoutContacts() throws Exception {
        sampleRoster();
        Path file = out.resolve("roster.csv");
        ExportResult result = exporter.export(file, Progress.NONE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactly("Organization", "Kind", "Sector", "City", "Tier",
                "Status", "Member since", "Renewal due", "IT headcount", "Website", "Contact", "Role", "E-mail",
                "Phone", "Primary contact", "E-mail consent");
        assertThat(result.rows()).isEqualTo(4);
        assertThat(records).hasSize(5);
        assertThat(records.get(1).get(0)).isEqualTo("'" + ATTACK);
        assertThat(records.get(1).get(10)).as("member without contacts").isEmpty();
        assertThat(records.get(2).get(0)).isEqualTo("Société Générale du Québec");
        assertThat(records.get(2).get(6)).isEqualTo("2024-03-01");
        assertThat(records.get(2).get(8)).isEqualTo("40");
        assertThat(records.get(2).get(10)).isEqualTo("Zoë Tremblay");
        assertThat(records.get(2).get(13)).isEqualTo("'+1 613 555 0100");
        assertThat(records.get(3).get(11)).isEqualTo("'" + ATTACK);
        assertThat(records.get(4).get(0)).as("contact without organization").isEmpty();
        assertThat(records.get(4).get(10)).isEqualTo("東京 🚀 Maintainer");
        assertThat(text).doesNotContain("Hidden Contact", "Archived Inc", "Gone Person");
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoTemporaryFile() throws Exception {
        manyMembers(3_000);
        Set<Path> poiFilesBefore = poiTempFiles();
        for (String name : List.of("roster.xlsx", "roster.csv")) {
            Progress cancelMidway = new Progress() {
                long seen;

                @Override
                public void update(long done, long total) {
                    seen = done;
                }

                @Override
                public boolean isCancelled() {
                    return seen >= 1_000;
                }
            };
            assertThatThrownBy(() -> exporter.export(out.resolve(name), cancelMidway))
                    .isInstanceOf(ExportCancelledException.class);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
        assertThat(poiTempFiles()).isSubsetOf(poiFilesBefore);
    }

    @Test
    void progressReachesTheTotal() throws Exception {
        manyMembers(600);
        long[] last = new long[2];
        exporter.export(out.resolve("r.xlsx"), new Progress() {
            @Override
            public void update(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(last).containsExactly(600, 600);
    }

    @Test
    void anUnknownExtensionIsRefused() {
        assertThatThrownBy(() -> exporter.export(out.resolve("roster.ods"), Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".xlsx");
    }

    void manyMembers(int n) {
        store.dsl().transaction(cfg -> {
            for (int i = 0; i < n; i++) {
                org.jooq.impl.DSL.using(cfg).insertInto(ORGANIZATION).set(ORGANIZATION.NAME, "Member " + i)
                        .set(ORGANIZATION.NAME_KEY, "member" + i).set(ORGANIZATION.CREATED_AT, NOW)
                        .set(ORGANIZATION.UPDATED_AT, NOW).execute();
            }
        });
    }

    static Set<Path> poiTempFiles() throws IOException {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poi)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(poi)) {
            return files.collect(Collectors.toSet());
        }
    }
}
