package org.oscc.chamberlain.mail;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InviteIssueRepository;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * A real store with one scheduled pitch night (2026-12-03 18:00 Toronto) and 22 invitees: 20 who may be e-mailed
 * (invitee01@members.example ... invitee20@members.example), one without an address and one who did not agree to
 * e-mail. "Now" is 2026-06-15. The services are built as the composition root builds them.
 */
final class MailFixture implements AutoCloseable {
    static final LocalDateTime START = LocalDateTime.of(2026, 12, 3, 18, 0);
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 6, 1, 12, 0);

    final Store store;
    final SettingsService settings;
    final PitchNightService pitches;
    final CalendarService calendar;
    final InviteDeliveryRepository log;
    final MailSettingsService mailSettings;
    final int nightId;
    final List<Integer> mailable = new ArrayList<>();
    final int noAddress;
    final int noConsent;

    MailFixture(Path dir) throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        settings = new SettingsService(new SettingsRepository(store));
        settings.save(ChamberSettings.DEFAULTS.withOrganizer("Ana Organizer", MailTestServer.ADDRESS));
        pitches = new PitchNightService(new PitchNightRepository(store), settings, store.clock());
        calendar = new CalendarService(pitches, new InviteIssueRepository(store), settings, store.clock());
        log = new InviteDeliveryRepository(store);
        mailSettings = new MailSettingsService(new SettingsRepository(store));
        for (int i = 1; i <= 20; i++) {
            mailable.add(contact(String.format("Invitee %02d", i), address(i), true));
        }
        noAddress = contact("Nomail Person", null, true);
        noConsent = contact("Quiet Person", "quiet@members.example", false);
        PitchNight night = pitches.save(pitches.newDraft("December pitch night", START, 150)
                .withPlace("Main Hall", "1 Main St, Toronto", null).withStatus(SessionStatus.SCHEDULED));
        nightId = night.id();
        List<Integer> all = new ArrayList<>(mailable);
        all.add(noAddress);
        all.add(noConsent);
        pitches.inviteAll(nightId, all);
    }

    static String address(int i) {
        return String.format("invitee%02d@members.example", i);
    }

    InviteSender sender(TlsTrust trust) {
        return new InviteSender(calendar, log, new MailConnections(trust), store.clock(), (millis, l) -> { });
    }

    ReplyFetcher fetcher(TlsTrust trust) {
        return new ReplyFetcher(calendar, mailSettings, new MailConnections(trust));
    }

    PitchNight night() {
        return pitches.find(nightId).orElseThrow();
    }

    void change(java.util.function.UnaryOperator<PitchNight> change) throws Exception {
        pitches.save(change.apply(night()));
    }

    private int contact(String name, String email, boolean consent) {
        return store.dsl().insertInto(CONTACT).set(CONTACT.FULL_NAME, name).set(CONTACT.EMAIL, email)
                .set(CONTACT.EMAIL_CONSENT, consent).set(CONTACT.CREATED_AT, CREATED)
                .set(CONTACT.UPDATED_AT, CREATED).returning(CONTACT.ID).fetchOne().getId();
    }

    @Override
    public void close() {
        store.close();
    }
}
