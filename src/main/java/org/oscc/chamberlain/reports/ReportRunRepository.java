package org.oscc.chamberlain.reports;

import static org.oscc.chamberlain.store.jooq.Tables.REPORT_RUN;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.ReportRunRecord;

/** Remembers which reports were made, so the next one can say what changed since the previous one. */
public class ReportRunRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public ReportRunRepository(Store store) {
        this.dsl = store.dsl();
        this.clock = store.clock();
    }

    /** Records a report made now; only the file's name is kept, not the folder it went to. */
    public ReportRun record(String kind, ReportPeriod period, String fileName) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        ReportRunRecord r = dsl.insertInto(REPORT_RUN)
                .set(REPORT_RUN.KIND, kind)
                .set(REPORT_RUN.PERIOD_FROM, period.from())
                .set(REPORT_RUN.PERIOD_TO, period.to())
                .set(REPORT_RUN.CREATED_AT, now)
                .set(REPORT_RUN.FILE_NAME, fileName)
                .returning()
                .fetchOne();
        return run(r);
    }

    /** The most recently made report of this kind, if any. */
    public Optional<ReportRun> latest(String kind) {
        return dsl.selectFrom(REPORT_RUN).where(REPORT_RUN.KIND.eq(kind))
                .orderBy(REPORT_RUN.CREATED_AT.desc(), REPORT_RUN.ID.desc()).limit(1)
                .fetchOptional().map(ReportRunRepository::run);
    }

    /** The reports of this kind, the most recent first, at most {@code limit}. */
    public java.util.List<ReportRun> recent(String kind, int limit) {
        return dsl.selectFrom(REPORT_RUN).where(REPORT_RUN.KIND.eq(kind))
                .orderBy(REPORT_RUN.CREATED_AT.desc(), REPORT_RUN.ID.desc()).limit(limit)
                .fetch(ReportRunRepository::run);
    }

    private static ReportRun run(ReportRunRecord r) {
        return new ReportRun(r.getId(), r.getKind(), r.getPeriodFrom(), r.getPeriodTo(), r.getCreatedAt(),
                r.getFileName());
    }
}
