package org.oscc.chamberlain.calendar;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.oscc.chamberlain.pitches.AgendaSlot;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * A real store with one scheduled pitch night (Thu 2026-12-03 18:00 Toronto, 150 min, two pitches and a break) and
 * its invitees, made through the services; "now" is 2026-06-15. Contacts and projects are inserted directly.
 */
final class CalendarFixture implements AutoCloseable {
    static final LocalDateTime START = LocalDateTime.of(2026, 12, 3, 18, 0);
    static final String ORGANIZER = "ana@oscc.example";
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 6, 1, 12, 0);

    final Store store;
    final SettingsService settings;
    final PitchNightService pitches;
    final InviteIssueRepository issues;
    final CalendarService calendar;
    final int nightId;
    final int zoe;
    final int bob;
    final int noMail;
    final int noConsent;

    private CalendarFixture(Path dir, String organizerEmail) throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        org.oscc.chamberlain.root.ChamberServices services = org.oscc.chamberlain.root.ChamberServices.on(store,
                new org.oscc.chamberlain.store.DataFolders(dir.resolve("home")));
        settings = services.settings();
        settings.save(ChamberSettings.DEFAULTS.withOrganizer("Ana Organizer", organizerEmail));
        pitches = services.pitchNights();
        issues = new InviteIssueRepository(store);
        calendar = services.calendar();

        zoe = contact("Zoë Tremblay", "Zoe.Tremblay@example.org", true);
        bob = contact("Bob Smith", "bob@example.org", true);
        noMail = contact("Nomail Person", null, true);
        noConsent = contact("Quiet Person", "quiet@example.org", false);
        int kestrel = project("Kestrel");
        PitchNight night = pitches.save(pitches.newDraft("December pitch night", START, 150)
                .withPlace("Main Hall", "1 Main St, Toronto", null).withStatus(SessionStatus.SCHEDULED)
                .withDescription("Projects pitch; members pledge hours."));
        nightId = night.id();
        pitches.saveAgenda(nightId, List.of(AgendaSlot.pitch(kestrel, zoe, "Why Kestrel", 20, 600, "Java"),
                AgendaSlot.breakOf("Pizza", 15), AgendaSlot.pitch(null, bob, "Lightning talk", 10, null, null)));
        pitches.inviteAll(nightId, List.of(zoe, bob, noMail, noConsent));
    }

    static CalendarFixture open(Path dir) throws Exception {
        return new CalendarFixture(dir, ORGANIZER);
    }

    static CalendarFixture withoutOrganizerEmail(Path dir) throws Exception {
        return new CalendarFixture(dir, "");
    }

    PitchNight night() {
        return pitches.find(nightId).orElseThrow();
    }

    /** Saves the session changed by {@code change}, as the screen would. */
    PitchNight change(java.util.function.UnaryOperator<PitchNight> change) throws Exception {
        return pitches.save(change.apply(night()));
    }

    String uid() {
        return night().icalUid();
    }

    private int contact(String name, String email, boolean consent) {
        return store.dsl().insertInto(CONTACT).set(CONTACT.FULL_NAME, name).set(CONTACT.EMAIL, email)
                .set(CONTACT.EMAIL_CONSENT, consent).set(CONTACT.CREATED_AT, CREATED)
                .set(CONTACT.UPDATED_AT, CREATED).returning(CONTACT.ID).fetchOne().getId();
    }

    private int project(String name) {
        return store.dsl().insertInto(PROJECT).set(PROJECT.NAME, name)
                .set(PROJECT.NAME_KEY, name.toLowerCase(Locale.ROOT)).set(PROJECT.CREATED_AT, CREATED)
                .set(PROJECT.UPDATED_AT, CREATED).returning(PROJECT.ID).fetchOne().getId();
    }

    @Override
    public void close() {
        store.close();
    }
}
