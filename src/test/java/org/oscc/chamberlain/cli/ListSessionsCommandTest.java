package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

class ListSessionsCommandTest {
    @TempDir
    Path folder;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() throws Exception {
        db = folder.resolve("chamber.db");
        // far from any "now" the command's own clock may say: one session long past, one far ahead
        try (Store store = TestStores.open(db, java.time.Clock.systemUTC())) {
            PitchNightService service = new PitchNightService(new PitchNightRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock());
            PitchNight past = service.save(service.newDraft("=HYPERLINK(\"x\")", LocalDateTime.of(2001, 5, 3, 18, 0),
                    120).withStart(LocalDateTime.of(2001, 5, 3, 18, 0), ZoneId.of("Europe/Paris")));
            PitchNight future = service.save(service.newDraft("Kestrel, Finch & friends",
                    LocalDateTime.of(2099, 1, 8, 18, 30), 90).withPlace("Main Hall", null, null)
                    .withStatus(SessionStatus.SCHEDULED).withCapacity(1));
            try (var s = store.dataSource().getConnection(); var st = s.createStatement()) {
                st.execute("INSERT INTO contact (full_name, created_at, updated_at) VALUES"
                        + " ('Ann', '2026-01-01 00:00:00.0', '2026-01-01 00:00:00.0'),"
                        + " ('Ben', '2026-01-01 00:00:00.0', '2026-01-01 00:00:00.0')");
            }
            service.inviteAll(future.id(), List.of(1, 2));
            service.rsvp(future.id(), 1, Rsvp.ACCEPTED);
            service.rsvp(future.id(), 2, Rsvp.ACCEPTED);
            service.invite(past.id(), 1);
        }
    }

    private int run(String... args) {
        return Cli.run(args, window -> 0, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void csvListsUpcomingSessionsFirstWithTheirCountsAndDefusesFormulas() throws Exception {
        int code = run("--db", db.toString(), "list", "sessions", "--format", "csv");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.DONE);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).isEqualTo(ListSessionsCommand.HEADERS);
        assertThat(records.get(1).toList()).containsExactly("2", "Kestrel, Finch & friends", "2099-01-08 18:30",
                "America/Toronto", "SCHEDULED", "Main Hall", "2", "1", "0", "0", "1", "0");
        assertThat(records.get(2).toList()).containsExactly("1", "'=HYPERLINK(\"x\")", "2001-05-03 18:00",
                "Europe/Paris", "DRAFT", "", "1", "0", "0", "0", "0", "0");
    }

    @Test
    void theTableIsTheDefault() {
        int code = run("list", "sessions", "--db", db.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.DONE);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("Id", "Title", "Start", "Accepted", "Waitlisted");
        assertThat(lines.get(1)).contains("Kestrel, Finch & friends", "2099-01-08 18:30", "Scheduled")
                .containsPattern("\\s2\\s+1\\s+0\\s+0\\s+1\\s+0$");
        assertThat(lines.get(2)).contains("2001-05-03 18:00", "Europe/Paris");
    }

    @Test
    void anEmptyStoreSaysSo() {
        int code = run("--db", folder.resolve("empty.db").toString(), "list", "sessions");

        assertThat(code).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).isEqualToIgnoringNewLines("No pitch nights yet.");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("--db", db.toString(), "list", "sessions", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("xml");
    }

    @Test
    void listWithoutWhatToListIsAUsageError() {
        assertThat(run("--db", db.toString(), "list")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("sessions");
    }

    @Test
    void formulaLikeCellsGetALeadingQuote() {
        assertThat(List.of("=1", "+1", "-1", "@a", "\tx", "\rx", "plain", "")).map(org.oscc.chamberlain.reports.FormulaGuard::forCsv)
                .containsExactly("'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "plain", "");
    }
}
