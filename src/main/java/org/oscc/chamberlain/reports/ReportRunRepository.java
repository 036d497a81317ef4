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
    private final boolean readOnly;

    public ReportRunRepository(Store store) {
        this.dsl = store.dsl();
        this.clock = store.clock();
        this.readOnly = store.readOnly();
    }

    /** Records a report made now; only the file's name is kept, not the folder it went to. */
    public ReportRun record(String kind, ReportPeriod period, String fileName) {
        return record(kind, period, fileName, null);
    }

    /** Records a report made now together with its headline figures (null for none). */
    public ReportRun record(String kind, ReportPeriod period, String fileName, HeadlineFigures headline) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        if (readOnly) {
            // a read-only chamber can still be reported on; it just cannot remember that it was (id 0: not kept)
            return new ReportRun(0, kind, period.from(), period.to(), now, fileName, headline);
        }
        ReportRunRecord r = dsl.insertInto(REPORT_RUN)
                .set(REPORT_RUN.KIND, kind)
                .set(REPORT_RUN.PERIOD_FROM, period.from())
                .set(REPORT_RUN.PERIOD_TO, period.to())
                .set(REPORT_RUN.CREATED_AT, now)
                .set(REPORT_RUN.FILE_NAME, fileName)
                .set(REPORT_RUN.ACTIVE_MEMBERS, headline == null ? null : headline.activeMembers())
                .set(REPORT_RUN.PLEDGED_MINUTES, headline == null ? null : Math.toIntExact(headline.pledgedMinutes()))
                .set(REPORT_RUN.DELIVERED_MINUTES, headline == null ? null : Math.toIntExact(headline.deliveredMinutes()))
                .set(REPORT_RUN.FULFILMENT_BP, headline == null ? null : headline.fulfilmentBp())
                .set(REPORT_RUN.ATTENTION_PLEDGES, headline == null ? null : headline.attentionPledges())
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
        // fulfilment may be null on its own (nothing was pledged for the period); the other four go together
        HeadlineFigures headline = r.getActiveMembers() == null ? null : new HeadlineFigures(r.getActiveMembers(),
                r.getPledgedMinutes().longValue(), r.getDeliveredMinutes().longValue(), r.getFulfilmentBp(), r.getAttentionPledges());
        return new ReportRun(r.getId(), r.getKind(), r.getPeriodFrom(), r.getPeriodTo(), r.getCreatedAt(),
                r.getFileName(), headline);
    }
}
