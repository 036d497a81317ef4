package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * Makes the first board report of a session as quick as the later ones. The first one in a fresh JVM spends
 * seconds loading and compiling POI's classes (streaming sheets, styles, conditional formats, charts, the zip
 * writer): this writes a tiny made-up report through the very same {@link BoardReportWriter} into nothing, so that
 * the organizer's report finds all of that done; then it runs the report's queries through jOOQ against no
 * database ({@link BoardReportRepository#withoutStore}). It reads no store and writes no file of its own (SXSSF's
 * temporary files are deleted when it ends); run it once, off the JavaFX thread, at low priority.
 */
public final class ReportWarmUp {
    /** Classes are loaded once per JVM, so once per JVM is all it takes (a reopened chamber does not need it again). */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ReportWarmUp() {
    }

    /** Runs the warm-up unless it ran (or is running) in this JVM already; returns false when it did nothing. */
    public static boolean runOnce() throws IOException {
        if (!STARTED.compareAndSet(false, true)) {
            return false;
        }
        run();
        return true;
    }

    /** Writes the made-up report to a stream that discards it, then runs the report's queries on no database. */
    static void run() throws IOException {
        try {
            new BoardReportWriter(new MadeUp(), BoardReportWriter.EXCEL_MAX_ROWS)
                    .write(OutputStream.nullOutputStream(), input(), ExportProgress.none());
        } catch (ExportCancelledException e) {
            throw new IllegalStateException("the warm-up cannot be cancelled", e);
        }
        BoardReportRepository queries = BoardReportRepository.withoutStore();
        queries.countPledges(PERIOD);
        queries.countContributions(PERIOD);
        try (Stream<BoardPledge> pledges = queries.pledges(PERIOD);
                Stream<BoardContribution> contributions = queries.contributions(PERIOD)) {
            pledges.count();
            contributions.count();
        }
        queries.projects(PERIOD);
        queries.pitchNights(PERIOD);
        queries.changesSince(DAY);
    }

    private static final LocalDate DAY = LocalDate.of(2026, 2, 15);
    private static final ReportPeriod PERIOD = ReportPeriod.quarter(2026, 1);

    private static final String EARLIER_FILE = "Board report 2025-Q4.xlsx"; // not a message
    private static final String CHAMBER = "Warm-up & co"; // not a message

    static BoardReportInput input() {
        ReportRun previous = new ReportRun(1, BoardReportWriter.KIND, DAY.minusMonths(3), DAY.minusDays(46),
                DAY.minusDays(40).atStartOfDay(), EARLIER_FILE);
        return new BoardReportInput(ChamberSettings.DEFAULTS.withChamberName(CHAMBER), PERIOD,
                DAY.atTime(12, 0), Optional.of(previous), DAY.minusDays(40), List.of(
                        new MonthFigures(YearMonth.of(2026, 1), 600, 540),
                        new MonthFigures(YearMonth.of(2026, 2), 600, 300),
                        new MonthFigures(YearMonth.of(2026, 3), 600, 0)));
    }

    /**
     * A handful of rows touching every kind of cell, every status colour and both charts. Written to nothing: the
     * names are made up and nobody reads them (hence "not a message" on their lines).
     */
    private static final class MadeUp implements BoardReportData {
        private static final String MEMBER = "Example Ltd"; // not a message
        private static final String ODD_MEMBER = "=Formula-looking name"; // not a message
        private static final String PROJECT = "Web site"; // not a message
        private static final String PERSON = "Ann Example"; // not a message
        private static final String NIGHT = "Winter pitch night"; // not a message
        private static final String PLACE = "Ottawa"; // not a message
        private static final String TIER = "Patron"; // not a message

        @Override
        public long expectedRows(ReportPeriod period) {
            return 8;
        }

        @Override
        public Stream<RosterMember> members() {
            return Stream.of(
                    new RosterMember(1, MEMBER, "company", "IT", PLACE, TIER, "ACTIVE", DAY.minusYears(1),
                            DAY.plusMonths(2), 40, null, PERSON, "ann@example.org", "+1 613 555 0100"),
                    new RosterMember(2, ODD_MEMBER, null, null, null, null, "LAPSED", null, null, null,
                            null, null, null, null));
        }

        @Override
        public Stream<BoardPledge> pledges(ReportPeriod period) {
            Pledge hours = new Pledge(1, 1, 1L, PledgeKind.HOURS, 6_000L, null, null, null, DAY.minusMonths(2),
                    DAY.plusMonths(10), PledgeStatus.ACTIVE, DAY.minusMonths(2), null, null, null, null);
            Pledge percent = new Pledge(2, 2, null, PledgeKind.PERCENT_OF_WORKFORCE, null, 250, 40, 2_250,
                    DAY.minusMonths(1), DAY.plusMonths(5), PledgeStatus.ACTIVE, DAY.minusMonths(1), null, null, null,
                    null);
            return Stream.of(new BoardPledge(hours, MEMBER, PROJECT, 600, 900),
                    new BoardPledge(percent, ODD_MEMBER, null, 0, 0));
        }

        @Override
        public Stream<BoardContribution> contributions(ReportPeriod period) {
            return Stream.of(
                    new BoardContribution(DAY.minusDays(20), MEMBER, PROJECT, 1, 540, PERSON, NIGHT),
                    new BoardContribution(DAY.minusDays(2), MEMBER, PROJECT, 1, 60, null, null));
        }

        @Override
        public List<BoardProject> projects(ReportPeriod period) {
            return List.of(new BoardProject(PROJECT, 600, 1), new BoardProject(PledgeRow.GENERAL_POOL, 0, 1));
        }

        @Override
        public List<BoardPitchNight> pitchNights(ReportPeriod period) {
            return List.of(new BoardPitchNight(LocalDateTime.of(2026, 1, 20, 18, 30), NIGHT, "HELD", 3,
                    20, 12, 10, 1));
        }

        @Override
        public List<BoardChange> changesSince(LocalDate since) {
            return List.of(new BoardChange(DAY.minusDays(10), "ACTIVE", MEMBER, TIER));
        }
    }
}
