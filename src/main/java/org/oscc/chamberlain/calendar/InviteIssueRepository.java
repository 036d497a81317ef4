package org.oscc.chamberlain.calendar;

import static org.oscc.chamberlain.store.jooq.Tables.INVITE_ISSUE;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;

/**
 * The history of issued invites (invite_issue) and the session's calendar SEQUENCE (pitch_night.ical_sequence),
 * which an issue raises. The two are written together so that they never disagree.
 */
public class InviteIssueRepository {
    private final DSLContext dsl;

    public InviteIssueRepository(Store store) {
        this.dsl = store.dsl();
    }

    /** The session's issued invites, oldest first. */
    public List<InviteIssue> issues(int nightId) {
        return dsl.selectFrom(INVITE_ISSUE).where(INVITE_ISSUE.PITCH_NIGHT_ID.eq(nightId))
                .orderBy(INVITE_ISSUE.ID)
                .fetch(r -> new InviteIssue(r.getId(), r.getPitchNightId(), r.getSequence(),
                        IssuedInvite.Method.valueOf(r.getMethod()), r.getIssuedAt(),
                        InviteSnapshot.parse(r.getSnapshot())));
    }

    /** The same history as the sequence rules read it. */
    public List<IssuedInvite> history(int nightId) {
        return issues(nightId).stream().map(InviteIssue::issued).toList();
    }

    /**
     * Records an issued invite and raises the session's stored SEQUENCE to it (never lowers it), in one
     * transaction.
     *
     * @throws IllegalStateException when the session does not exist (nothing is written)
     */
    public InviteIssue record(int nightId, IssuedInvite issued, LocalDateTime issuedAtUtc) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int raised = tx.update(PITCH_NIGHT)
                    .set(PITCH_NIGHT.ICAL_SEQUENCE, DSL.greatest(PITCH_NIGHT.ICAL_SEQUENCE, DSL.val(issued.sequence())))
                    .where(PITCH_NIGHT.ID.eq(nightId)).execute();
            if (raised != 1) {
                throw new IllegalStateException("no pitch night " + nightId + " to record an invite for");
            }
            int id = tx.insertInto(INVITE_ISSUE).set(INVITE_ISSUE.PITCH_NIGHT_ID, nightId)
                    .set(INVITE_ISSUE.SEQUENCE, issued.sequence()).set(INVITE_ISSUE.METHOD, issued.method().name())
                    .set(INVITE_ISSUE.ISSUED_AT, issuedAtUtc).set(INVITE_ISSUE.SNAPSHOT, issued.snapshot().text())
                    .returning(INVITE_ISSUE.ID).fetchOne().getId();
            return new InviteIssue(id, nightId, issued.sequence(), issued.method(), issuedAtUtc, issued.snapshot());
        });
    }

    /** The session a calendar UID belongs to. */
    public Optional<Integer> nightIdForUid(String uid) {
        return dsl.select(PITCH_NIGHT.ID).from(PITCH_NIGHT).where(PITCH_NIGHT.ICAL_UID.eq(uid))
                .fetchOptional(PITCH_NIGHT.ID);
    }
}
