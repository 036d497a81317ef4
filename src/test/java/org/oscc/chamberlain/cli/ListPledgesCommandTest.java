package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * {@code chamberlain list pledges} on a real store. The command uses the real clock, so the pledges lie in 2020
 * (over) and 2100 (not started) to keep their statuses fixed.
 */
class ListPledgesCommandTest {
    @TempDir
    Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void fillStore() throws Exception {
        db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            PledgeFixtures fx = new PledgeFixtures(store);
            PledgeService service = PledgeFixtures.service(store);
            long acme = fx.member("Acme", 40);
            long sneaky = fx.member("=HYPERLINK(\"http://x\")", 5);
            long kernel = fx.project("Kernel");
            long done = service.create(PledgeDraft.hours(acme, kernel, 90, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 12, 31), PledgeStatus.ACTIVE)).id();
            service.addContributions(java.util.List.of(ContributionDraft.of(done, LocalDate.of(2020, 3, 1), 100, "Ada")));
            long late = service.create(PledgeDraft.hours(acme, null, 600, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 12, 31), PledgeStatus.ACTIVE)).id();
            service.addContributions(java.util.List.of(ContributionDraft.of(late, LocalDate.of(2020, 5, 1), 200, "Ada")));
            // 2.5 % of 4 people, 2250 min a week, 7 days = 225 minutes
            service.create(PledgeDraft.percent(sneaky, null, 250, LocalDate.of(2100, 1, 1), LocalDate.of(2100, 1, 7),
                    PledgeStatus.DRAFT).withHeadcountBasis(4L));
        }
    }

    private int run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--db";
        full[1] = db.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return Cli.run(full, d -> 0, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }

    private List<CSVRecord> csv() throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void csvListsPledgedDeliveredFulfilmentAndStatusOfEveryPledge() throws Exception {
        assertThat(run("list", "pledges", "--format", "csv")).isZero();
        List<CSVRecord> rows = csv();
        assertThat(rows).hasSize(3);
        // sorted by member name: "=HYPERLINK..." sorts before "Acme"
        CSVRecord sneaky = rows.get(0);
        assertThat(sneaky.get("Member")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(sneaky.get("Project")).isEqualTo("General pool");
        assertThat(sneaky.get("Kind")).isEqualTo("% of workforce");
        assertThat(sneaky.get("Pledged hours")).isEqualTo("3.8"); // 225 min = 3.75 h -> 3.8
        assertThat(sneaky.get("Delivered hours")).isEqualTo("0.0");
        assertThat(sneaky.get("Fulfilment %")).isEqualTo("0.0");
        assertThat(sneaky.get("Pledge status")).isEqualTo("draft");
        assertThat(sneaky.get("Fulfilment status")).isEqualTo("not-started");
        CSVRecord done = rows.get(1);
        assertThat(List.of(done.get("Project"), done.get("Start"), done.get("End"), done.get("Pledged hours"),
                done.get("Delivered hours"), done.get("Fulfilment %"), done.get("Fulfilment status")))
                .containsExactly("Kernel", "2020-01-01", "2020-12-31", "1.5", "1.7", "111.1", "fulfilled");
        CSVRecord late = rows.get(2);
        assertThat(List.of(late.get("Pledged hours"), late.get("Delivered hours"), late.get("Fulfilment %"),
                late.get("Fulfilment status"))).containsExactly("10.0", "3.3", "33.3", "overdue");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void tableIsTheDefaultFormatWithAlignedColumns() {
        assertThat(run("list", "pledges")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("ID  Member").contains("Pledged hours", "Fulfilment status");
        assertThat(lines.get(2)).contains("Acme", "Kernel", "hours", "2020-01-01", "active", "1.5", "1.7", "111.1",
                "fulfilled");
        assertThat(lines.get(0).indexOf("Project")).isEqualTo(lines.get(2).indexOf("Kernel"));
    }

    @ParameterizedTest(name = "--status {0}")
    @CsvSource({
        "overdue, 10.0",
        "fulfilled, 1.5",
        "Not-Started, ''",
        "draft, 3.8",
    })
    void statusFilterTakesAFulfilmentOrAStoredStatus(String status, String pledgedHours) throws Exception {
        assertThat(run("list", "pledges", "--status", status, "--format", "csv")).isZero();
        List<CSVRecord> rows = csv();
        if (pledgedHours.isEmpty()) {
            assertThat(rows).isEmpty(); // the not-started pledge is a draft, which no fulfilment filter shows
        } else {
            assertThat(rows).extracting(r -> r.get("Pledged hours")).containsExactly(pledgedHours);
        }
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        assertThat(run("list", "pledges", "--status", "late")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("'late' is not a status", "on-track", "cancelled");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anEmptyListSaysSo() {
        assertThat(run("list", "pledges", "--status", "cancelled")).isZero();
        assertThat(out.toString()).contains("No pledges.");
    }
}
