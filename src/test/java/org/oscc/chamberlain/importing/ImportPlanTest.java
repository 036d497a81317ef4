package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

class ImportPlanTest {
    record Org(String name, String email, Integer itHeadcount, String status, LocalDate since, LocalDate renewal,
            String notes) {
    }

    static final List<ImportField> FIELDS = List.of(
            ImportField.of("name", "Organization", ValueType.TEXT, "Nom de l'organisation", "Company").asRequired(),
            ImportField.of("email", "E-mail", ValueType.EMAIL, "Courriel"),
            ImportField.of("it", "IT headcount", ValueType.COUNT, "Effectif TI"),
            ImportField.of("status", "Status", ValueType.CHOICE, "Statut")
                    .withChoice("ACTIVE", "actif", "member").withChoice("LAPSED", "échu"),
            ImportField.of("since", "Member since", ValueType.DATE, "Membre depuis"),
            ImportField.of("renewal", "Renewal", ValueType.DATE, "Renouvellement"),
            ImportField.of("notes", "Notes", ValueType.TEXT, "Commentaires"));

    static final RowMapper<Org> MAPPER = row -> {
        if (row.has("since") && row.has("renewal") && row.date("renewal").isBefore(row.date("since"))) {
            row.problem("renewal", "renewal " + row.date("renewal") + " is before the join date " + row.date("since"));
            return null;
        }
        return new Org(row.text("name"), row.text("email"), row.integer("it"), row.text("status"), row.date("since"),
                row.date("renewal"), row.text("notes"));
    };

    static final DuplicateKeys<Org> KEYS = org -> {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("name", HeaderNames.normalize(org.name()));
        keys.put("e-mail", org.email() == null ? null : org.email().toLowerCase(Locale.ROOT));
        return keys;
    };

    final ImportPlan<Org> plan = new ImportPlan<>(FIELDS, MAPPER, KEYS);

    @TempDir
    Path dir;

    private DryRun<Org> dryRun(String csv, DateOrder order, ExistingRecords existing) throws Exception {
        Path file = dir.resolve("in-" + System.nanoTime() + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (SheetSource source = SpreadsheetReader.open(file)) {
            ColumnMapping mapping = plan.guessMapping(source.headers()).withDateOrder(order);
            return plan.dryRun(source, mapping, existing);
        }
    }

    @Test
    void everyProblemIsListedByRowColumnAndReason() throws Exception {
        DryRun<Org> run = dryRun("""
                Nom de l'organisation;Courriel;Effectif TI;Statut;Membre depuis;Renouvellement
                Acme;info@acme.org;1 200;Actif;2024-01-15;2025-01-15
                ;bob(at)beta.org;lots;retired;03/04/2025;2025-02-30
                Gamma;;7;échu;2025-03-01;2024-03-01
                Delta;;;;;;extra cell
                """, DateOrder.UNDECIDED, ExistingRecords.none());

        assertThat(run.rowsRead()).isEqualTo(4);
        assertThat(run.valid()).extracting(ValidRow::row).containsExactly(2);
        assertThat(run.valid().get(0).record()).isEqualTo(new Org("Acme", "info@acme.org", 1200, "ACTIVE",
                LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 15), null));
        assertThat(run.invalid()).extracting(InvalidRow::row).containsExactly(3, 4, 5);
        assertThat(run.problems()).extracting(Problem::describe).containsExactly(
                "Row 3, column \"Nom de l'organisation\": is empty, but Organization is required",
                "Row 3, column \"Courriel\": \"bob(at)beta.org\" is not an e-mail address",
                "Row 3, column \"Effectif TI\": \"lots\" is not a number",
                "Row 3, column \"Statut\": \"retired\" is not one of ACTIVE, LAPSED",
                "Row 3, column \"Membre depuis\": \"03/04/2025\" is ambiguous: it could be 3 April 2025 or"
                        + " 4 March 2025; choose day-first or month-first dates for this file",
                "Row 3, column \"Renouvellement\": \"2025-02-30\" is not a real date (February 2025 has no day 30)",
                "Row 4, column \"Renouvellement\": renewal 2024-03-01 is before the join date 2025-03-01",
                "Row 5: has 7 cells but the header row has 6 columns: cell G (\"extra cell\") has no header"
                        + " (a delimiter inside an unquoted value?)");
        assertThat(run.hasProblems()).isTrue();
        assertThatThrownBy(run::requireNoProblems).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(8));
    }

    @Test
    void theChosenDateOrderReadsAmbiguousDates() throws Exception {
        DryRun<Org> run = dryRun("Company,Member since\nAcme,03/04/2025\n", DateOrder.DAY_FIRST, ExistingRecords.none());

        assertThat(run.hasProblems()).isFalse();
        assertThat(run.valid().get(0).record().since()).isEqualTo(LocalDate.of(2025, 4, 3));
    }

    @Test
    void unambiguousDatesSuggestAnOrderButDoNotApplyIt() throws Exception {
        DryRun<Org> run = dryRun("Company,Member since\nAcme,13/04/2025\nBeta,03/04/2025\n", DateOrder.UNDECIDED,
                ExistingRecords.none());

        assertThat(run.suggestedDateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(run.invalid()).extracting(InvalidRow::row).containsExactly(3);
    }

    @Test
    void aColumnMixingDayFirstAndMonthFirstDatesIsReported() throws Exception {
        DryRun<Org> run = dryRun("Company,Member since\nAcme,13/04/2025\nBeta,04/14/2025\n", DateOrder.UNDECIDED,
                ExistingRecords.none());

        assertThat(run.invalid()).isEmpty();
        assertThat(run.problems()).extracting(Problem::describe).containsExactly("Row 3, column \"Member since\":"
                + " this column mixes day-first dates (row 2: 13/04/2025) and month-first dates (row 3: 04/14/2025);"
                + " correct the file");
        assertThat(run.suggestedDateOrder()).isEqualTo(DateOrder.UNDECIDED);
    }

    @Test
    void aMissingRequiredColumnIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "City\nOttawa\n");
        try (SheetSource source = SpreadsheetReader.open(file)) {
            assertThatThrownBy(() -> plan.dryRun(source, plan.guessMapping(source.headers()), ExistingRecords.none()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Organization: no column is mapped to this required field");
        }
    }

    @Test
    void aFileDamagedPartWayIsRefusedNamingTheRow() throws Exception {
        assertThatThrownBy(() -> dryRun("Company\nAcme\nBeta\n\"Gamma\n", DateOrder.UNDECIDED, ExistingRecords.none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Row 4").hasMessageContaining("never closed");
    }

    @Test
    void textAsPeopleWriteItSurvivesUnchanged() throws Exception {
        String notes = "L'équipe « Ωmega » — 東京オフィス 🚀\nsecond line, with comma\nthird";
        DryRun<Org> run = dryRun("Company,Notes\n\"O'Brien & Fils — Café 🍁\",\"" + notes + "\"\n",
                DateOrder.UNDECIDED, ExistingRecords.none());

        Org org = run.valid().get(0).record();
        assertThat(org.name()).isEqualTo("O'Brien & Fils — Café 🍁");
        assertThat(org.notes()).isEqualTo(notes);
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheStoreAreFound() throws Exception {
        ExistingRecords stored = ExistingRecords.none()
                .put("name", "storedco", 12, "Stored Co.")
                .put("e-mail", "ann@old.org", 40, "Old Org");
        DryRun<Org> run = dryRun("""
                Company,E-mail
                Acme Inc.,info@acme.org
                ACME inc,other@acme.org
                Beta,INFO@acme.org
                Stored Co,
                Fresh,ann@old.org
                Unique,
                """, DateOrder.UNDECIDED, stored);

        assertThat(run.duplicates()).extracting(DuplicateMatch::describe).containsExactly(
                "Row 3: same name as row 2",
                "Row 4: same e-mail as row 2",
                "Row 5: same name as Stored Co. (already stored)",
                "Row 6: same e-mail as Old Org (already stored)");
        assertThat(run.hasProblems()).isFalse();
    }

    @Test
    void choicesDecideWhatEachDuplicateBecomes() throws Exception {
        ExistingRecords stored = ExistingRecords.none().put("name", "storedco", 12, "Stored Co.");
        DryRun<Org> run = dryRun("""
                Company,Effectif TI
                Acme,1
                Acme,2
                Stored Co,3
                Beta,4
                Beta,5
                Stored Co,6
                """, DateOrder.UNDECIDED, stored);

        List<PlannedChange<Org>> skipAll = run.resolve(DuplicateChoices.all(DuplicateChoice.SKIP));
        assertThat(skipAll).extracting(PlannedChange::row).containsExactly(2, 5);

        List<PlannedChange<Org>> updateAll = run.resolve(DuplicateChoices.all(DuplicateChoice.UPDATE));
        assertThat(updateAll).extracting(p -> p.record().itHeadcount() + " " + p.action() + " " + p.existingId())
                .containsExactly("2 CREATE null", "6 UPDATE 12", "5 CREATE null");

        List<PlannedChange<Org>> mixed = run.resolve(DuplicateChoices.all(DuplicateChoice.SKIP)
                .with(3, DuplicateChoice.CREATE).with(4, DuplicateChoice.UPDATE));
        assertThat(mixed).extracting(p -> p.row() + " " + p.action() + " " + p.existingId())
                .containsExactly("2 CREATE null", "3 CREATE null", "4 UPDATE 12", "5 CREATE null");
    }
}
