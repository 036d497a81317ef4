package org.oscc.chamberlain.mail;

import static org.oscc.chamberlain.store.jooq.Tables.INVITE_DELIVERY;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.calendar.IssuedInvite;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.InviteDeliveryRecord;

/**
 * The sent log (invite_delivery). A row is written SENDING before a message goes to the server and finished after,
 * each write committed on its own, so that what the server may have received is on disk before it is sent.
 */
public class InviteDeliveryRepository {
    private final DSLContext dsl;

    public InviteDeliveryRepository(Store store) {
        this.dsl = store.dsl();
    }

    /** Every delivery of the session's invites, oldest first. */
    public List<Delivery> forNight(int nightId) {
        return dsl.selectFrom(INVITE_DELIVERY).where(INVITE_DELIVERY.PITCH_NIGHT_ID.eq(nightId))
                .orderBy(INVITE_DELIVERY.ID).fetch(InviteDeliveryRepository::delivery);
    }

    /**
     * Records that the version is about to be sent to the contact. A refusal of the same version is replaced (it is
     * being tried again); a row that is SENDING or SENT makes this fail, so that nobody gets a version twice.
     *
     * @throws IllegalStateException when the version was sent, or may have been, to this contact
     */
    public Delivery begin(int nightId, int issueId, int contactId, int sequence, IssuedInvite.Method method,
            String email, LocalDateTime nowUtc) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            var sameVersion = INVITE_DELIVERY.PITCH_NIGHT_ID.eq(nightId).and(INVITE_DELIVERY.CONTACT_ID.eq(contactId))
                    .and(INVITE_DELIVERY.SEQUENCE.eq(sequence)).and(INVITE_DELIVERY.METHOD.eq(method.name()));
            InviteDeliveryRecord existing = tx.selectFrom(INVITE_DELIVERY).where(sameVersion).fetchOne();
            if (existing != null && !Delivery.State.REFUSED.name().equals(existing.getState())) {
                throw new IllegalStateException("version " + sequence + " " + method + " was already sent (or is "
                        + "being sent) to contact " + contactId);
            }
            tx.deleteFrom(INVITE_DELIVERY).where(sameVersion).execute();
            InviteDeliveryRecord r = tx.insertInto(INVITE_DELIVERY)
                    .set(INVITE_DELIVERY.PITCH_NIGHT_ID, nightId).set(INVITE_DELIVERY.INVITE_ISSUE_ID, issueId)
                    .set(INVITE_DELIVERY.CONTACT_ID, contactId).set(INVITE_DELIVERY.SEQUENCE, sequence)
                    .set(INVITE_DELIVERY.METHOD, method.name()).set(INVITE_DELIVERY.EMAIL, email)
                    .set(INVITE_DELIVERY.STATE, Delivery.State.SENDING.name())
                    .set(INVITE_DELIVERY.STARTED_AT, nowUtc).returning().fetchOne();
            return delivery(r);
        });
    }

    /** The server took the message. */
    public void sent(int id, LocalDateTime nowUtc, String serverReply) {
        finish(id, Delivery.State.SENT, nowUtc, serverReply);
    }

    /** The server refused the recipient or the message, in its own words. */
    public void refused(int id, LocalDateTime nowUtc, String serverWords) {
        finish(id, Delivery.State.REFUSED, nowUtc, serverWords);
    }

    /** The message never reached the server (the connection failed before it was handed over): no trace of it. */
    public void notSent(int id) {
        dsl.deleteFrom(INVITE_DELIVERY).where(INVITE_DELIVERY.ID.eq(id))
                .and(INVITE_DELIVERY.STATE.eq(Delivery.State.SENDING.name())).execute();
    }

    private void finish(int id, Delivery.State state, LocalDateTime nowUtc, String reply) {
        dsl.update(INVITE_DELIVERY).set(INVITE_DELIVERY.STATE, state.name()).set(INVITE_DELIVERY.FINISHED_AT, nowUtc)
                .set(INVITE_DELIVERY.SERVER_REPLY, reply).where(INVITE_DELIVERY.ID.eq(id)).execute();
    }

    private static Delivery delivery(InviteDeliveryRecord r) {
        return new Delivery(r.getId(), r.getPitchNightId(), r.getInviteIssueId(), r.getContactId(), r.getSequence(),
                IssuedInvite.Method.valueOf(r.getMethod()), r.getEmail(), Delivery.State.valueOf(r.getState()),
                r.getStartedAt(), r.getFinishedAt(), r.getServerReply());
    }
}
