package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the board report's rows come from: the store ({@link #of}), or the few made-up rows with which
 * {@link ReportWarmUp} runs the writer once before the organizer asks for a report. Streams are closed by the writer.
 */
interface BoardReportData {
    /** Members, pledges and contributions the report will write: what the progress bar counts against. */
    long expectedRows(ReportPeriod period);

    Stream<RosterMember> members();

    Stream<BoardPledge> pledges(ReportPeriod period);

    Stream<BoardContribution> contributions(ReportPeriod period);

    List<BoardProject> projects(ReportPeriod period);

    List<BoardPitchNight> pitchNights(ReportPeriod period);

    List<BoardChange> changesSince(LocalDate since);

    static BoardReportData of(BoardReportRepository repository, RosterRepository roster) {
        return new BoardReportData() {
            @Override
            public long expectedRows(ReportPeriod period) {
                return (long) roster.countMembers() + repository.countPledges(period)
                        + repository.countContributions(period);
            }

            @Override
            public Stream<RosterMember> members() {
                return roster.members();
            }

            @Override
            public Stream<BoardPledge> pledges(ReportPeriod period) {
                return repository.pledges(period);
            }

            @Override
            public Stream<BoardContribution> contributions(ReportPeriod period) {
                return repository.contributions(period);
            }

            @Override
            public List<BoardProject> projects(ReportPeriod period) {
                return repository.projects(period);
            }

            @Override
            public List<BoardPitchNight> pitchNights(ReportPeriod period) {
                return repository.pitchNights(period);
            }

            @Override
            public List<BoardChange> changesSince(LocalDate since) {
                return repository.changesSince(since);
            }
        };
    }
}
