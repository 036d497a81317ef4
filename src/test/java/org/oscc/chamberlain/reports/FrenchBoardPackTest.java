package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.PledgeRepository;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.text.Messages;

/**
 * The sample chamber's board pack once the chamber's document language is French, with the screens (and this test
 * run) in English: read back with POI (sheet names, headers, statuses, the headline, formulas that still count the
 * French words) and printed by LibreOffice. The same report stays English when the language is asked for it.
 */
class FrenchBoardPackTest {
    @TempDir
    static Path dir;
    static Path french;
    static Path asked;

    @BeforeAll
    static void writeThePacks() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
            assertThat(settings.current().documentLanguage()).as("the sample chamber's").isEqualTo(Messages.ENGLISH);
            settings.save(settings.current().withDocumentLanguage(Messages.FRENCH));
            BoardReportService reports = new BoardReportService(new BoardReportRepository(store),
                    new RosterRepository(store), new ReportRunRepository(store),
                    new PledgeService(new PledgeRepository(store), settings, store.clock()), settings, store.clock());
            french = dir.resolve("rapport.xlsx");
            reports.write(french, reports.defaultPeriod(), Progress.NONE);
            asked = dir.resolve("report.xlsx");
            reports.write(asked, reports.defaultPeriod(), Messages.ENGLISH, Progress.NONE);
        }
    }

    @Test
    void theSheetsAndHeadersAreFrenchWhileTheScreensSpeakEnglish() throws Exception {
        assertThat(Messages.locale()).isEqualTo(Messages.ENGLISH);
        try (InputStream in = Files.newInputStream(french); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Sommaire", "Engagements", "Projets", "Soirées de présentations",
                    "Changements", "Définitions", "Membres", "Contributions");
            Row header = wb.getSheet("Engagements").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Membre");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Statut");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Dû dans la période (h)");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Réalisation (%)");
            assertThat(wb.getSheet("Définitions").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Comment il est calculé");
            assertThat(wb.getSheet("Membres").getRow(0).getCell(6).getStringCellValue()).isEqualTo("Courriel");
            assertThat(wb.getSheet("Sommaire").getHeader().getCenter()).isEqualTo("Rapport au conseil EX2026, "
                    + "du 2026-01-01 au 2026-12-31");
            assertThat(wb.getSheet("Sommaire").getFooter().getCenter()).isEqualTo("Page &P de &N");
            // statuses are the screens' French words, and nothing English is left in the status column
            XSSFSheet pledges = wb.getSheet("Engagements");
            List<String> statuses = new ArrayList<>();
            for (int r = 1; r <= pledges.getLastRowNum() - 1; r++) {
                statuses.add(pledges.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(statuses).isNotEmpty().allMatch(s -> List.of("En retard", "À risque", "Échu", "En bonne voie",
                    "Pas commencé", "Réalisé").contains(s));
            assertThat(statuses).contains("En retard");
        }
    }

    @Test
    void theHeadlineIsFrenchAndItsFormulasCountTheFrenchWords() throws Exception {
        try (InputStream in = Files.newInputStream(french); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet summary = wb.getSheet("Sommaire");
            assertThat(text(summary)).contains("Faits saillants", "Rapport au conseil EX2026\u00a0: du 2026-01-01 au "
                    + "2026-12-31", "Membres aujourd’hui", "Soirées de présentations dans la période")
                    .noneMatch(t -> t.contains("Headline") || t.contains("Board report") || t.contains("behind"));
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            List<String> labels = SummaryPage.headlineLabels(Messages.FRENCH);
            assertThat(labels).contains("Membres actifs", "Engagements à surveiller");
            for (String label : labels) {
                Cell value = rowLabelled(summary, label).getCell(SummaryPage.VALUE);
                assertThat(value.getNumericCellValue()).as(label).isGreaterThan(0);
                // a COUNTIF on "Actif" or "En retard" that found nothing would evaluate to 0
                assertThat(evaluator.evaluate(value).getNumberValue()).as(label)
                        .isCloseTo(value.getNumericCellValue(), within(1e-9));
            }
            String worst = text(summary).stream().filter(t -> t.contains("de retard sur l’échéancier")).findFirst()
                    .orElseThrow();
            assertThat(worst).matches("\\s+1\\. .+\u00a0: .+ \u2014 (En retard|À risque|Échu), [0-9\u00a0\u202f]+,\\d"
                    + "\u00a0h de retard sur l’échéancier");
        }
    }

    @Test
    void aLanguageAskedForOneFileWinsOverTheChambers() throws Exception {
        try (InputStream in = Files.newInputStream(asked); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(wb.getSheet("Pledges").getRow(0).getCell(6).getStringCellValue()).isEqualTo("Due in period (h)");
        }
    }

    @Test
    void libreOfficePrintsTheFrenchPack() throws Exception {
        Assumptions.assumeTrue(BoardPackPrintTest.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Assumptions.assumeTrue(BoardPackPrintTest.onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), french.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path pdf = out.resolve("rapport.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String first = printed.split("\f")[0];
        assertThat(first).contains("Rapport au conseil EX2026", "Page 1 de", "Faits saillants", "Membres actifs",
                "Sommaire").doesNotContain("Headline").doesNotContain("Page 1 of");
        assertThat(printed).contains("Comment il est calculé", "Soirées de présentations")
                .doesNotContain("How it is computed");
    }

    private static List<String> text(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static Row rowLabelled(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(SummaryPage.LABEL);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
