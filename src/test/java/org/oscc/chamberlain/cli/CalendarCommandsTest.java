package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.calendar.LineEnds;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** {@code export ics}, {@code export invites} and {@code import rsvp} on the sample chamber, through the real CLI. */
class CalendarCommandsTest {
    @TempDir
    Path dir;
    Path db;
    int upcoming;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void loadTheSample() throws Exception {
        db = dir.resolve("chamber.db");
        assertThat(run("demo")).as(err.toString()).isEqualTo(ExitCodes.DONE);
        upcoming = withPitches(p -> p.list().stream().filter(r -> r.status() == SessionStatus.SCHEDULED)
                .findFirst().map(SessionRow::id).orElseThrow());
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, window -> 0, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }

    private interface Work<T> {
        T on(PitchNightService pitches) throws Exception;
    }

    /** Opens the store the commands use, between commands (each command opens and closes it). */
    private <T> T withPitches(Work<T> work) throws Exception {
        try (Store store = TestStores.open(db, Clock.systemUTC())) {
            return work.on(new PitchNightService(new PitchNightRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock()));
        }
    }

    private void change(UnaryOperator<PitchNight> change) throws Exception {
        withPitches(p -> p.save(change.apply(p.find(upcoming).orElseThrow())));
    }

    private static VEvent onlyEvent(Path ics, String method) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(LineEnds.assertCrlfOnly(Files.readString(ics))));
        assertThat(cal.validate().hasErrors()).isFalse();
        assertThat(cal.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void exportIcsIssuesTheInviteThenTheUpdateThenTheCancellation() throws Exception {
        assertThat(run("export", "ics", "--session", "" + upcoming, "--out", dir.resolve("1.ics").toString()))
                .as(err.toString()).isEqualTo(ExitCodes.DONE);
        // the sample's session says invites went out before (SEQUENCE 1) without a recorded history
        assertThat(out.toString()).contains("Invite (REQUEST), SEQUENCE 2", "Calendars may hold a later invite (number 1)");
        String uid = value(onlyEvent(dir.resolve("1.ics"), "REQUEST"), Property.UID);

        change(n -> n.withStart(n.startsAt().plusMinutes(30), n.timeZone()));
        assertThat(run("export", "ics", "--session", "" + upcoming, "--out", dir.resolve("2.ics").toString()))
                .isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Invite (REQUEST), SEQUENCE 3", "Changed since the last issued invite "
                + "(SEQUENCE 2):", "  Start: ", "18:00 -> 18:30");
        VEvent update = onlyEvent(dir.resolve("2.ics"), "REQUEST");
        assertThat(value(update, Property.UID)).isEqualTo(uid);
        assertThat(value(update, Property.SEQUENCE)).isEqualTo("3");

        change(n -> n.withStatus(SessionStatus.CANCELLED));
        assertThat(run("export", "ics", "--session", "" + upcoming, "--out", dir.resolve("3.ics").toString()))
                .isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Cancellation (CANCEL), SEQUENCE 4", "Status: Scheduled -> Cancelled");
        VEvent cancel = onlyEvent(dir.resolve("3.ics"), "CANCEL");
        assertThat(value(cancel, Property.UID)).isEqualTo(uid);
        assertThat(value(cancel, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void exportIcsAllWritesTheSeasonFeed() throws Exception {
        Path feed = dir.resolve("season.ics");

        assertThat(run("export", "ics", "--all", "--out", feed.toString())).as(err.toString())
                .isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains("season feed (METHOD:PUBLISH) with 3 sessions");
        Calendar cal = new CalendarBuilder().build(new StringReader(LineEnds.assertCrlfOnly(Files.readString(feed))));
        assertThat(cal.getComponents(Component.VEVENT)).hasSize(3);
    }

    @Test
    void exportIcsIsRefusedForAnUnknownSessionAndNeedsSessionOrAll() {
        assertThat(run("export", "ics", "--session", "999", "--out", dir.resolve("x.ics").toString()))
                .isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(err.toString()).contains("nothing was written", "there is no pitch night number 999");
        assertThat(dir.resolve("x.ics")).doesNotExist();

        assertThat(run("export", "ics", "--out", dir.resolve("x.ics").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "ics", "--all", "--session", "1", "--out", "x.ics")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void exportIcsOfACancelledSessionNeverIssuedIsRefused() throws Exception {
        // a new session, cancelled before any invite went out
        int calledOff = withPitches(p -> p.save(p.newDraft("Called off",
                p.find(upcoming).orElseThrow().startsAt().plusDays(7), 60).withStatus(SessionStatus.CANCELLED)).id());

        assertThat(run("export", "ics", "--session", "" + calledOff, "--out", dir.resolve("c.ics").toString()))
                .isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(err.toString()).contains("nothing to cancel");
    }

    @Test
    void exportInvitesWritesOneDraftPerInviteeOrOneWithBcc() throws Exception {
        long mailable = withPitches(p -> p.invitees(upcoming).stream().filter(Invitee::mailable).count());

        assertThat(run("export", "invites", "--session", "" + upcoming, "--out", dir.resolve("each").toString()))
                .as(err.toString()).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Wrote " + mailable + " e-mail drafts", "SEQUENCE 2");
        try (var files = Files.list(dir.resolve("each"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(mailable);
        }

        assertThat(run("export", "invites", "--session", "" + upcoming, "--bcc", "--out",
                dir.resolve("bcc").toString())).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Wrote 1 e-mail draft", "SEQUENCE 2", "Nothing changed");
    }

    @Test
    void importRsvpRecordsAKnownInviteesReplyAndReportsAStranger() throws Exception {
        Invitee guest = withPitches(p -> p.invitees(upcoming).stream()
                .filter(i -> !i.missingEmail() && i.rsvp() != Rsvp.DECLINED).findFirst().orElseThrow());
        String uid = withPitches(p -> p.find(upcoming).orElseThrow().icalUid());
        Path known = dir.resolve("known.ics");
        Files.writeString(known, reply(uid, guest.email().toUpperCase(java.util.Locale.ROOT), "DECLINED"));
        Path stranger = dir.resolve("stranger.ics");
        Files.writeString(stranger, reply(uid, "stranger@example.org", "ACCEPTED"));

        assertThat(run("import", "rsvp", known.toString(), stranger.toString())).as(err.toString())
                .isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains(guest.contactName(), "→ Declined", "Recorded 1 changed answer");
        assertThat(err.toString()).contains("Not applied:", "stranger@example.org is not invited");
        Rsvp now = withPitches(p -> p.invitees(upcoming).stream().filter(i -> i.contactId() == guest.contactId())
                .findFirst().orElseThrow().rsvp());
        assertThat(now).isEqualTo(Rsvp.DECLINED);
    }

    @Test
    void importRsvpExitsOneWhenNothingCouldBeApplied() throws Exception {
        String uid = withPitches(p -> p.find(upcoming).orElseThrow().icalUid());
        Path stranger = dir.resolve("stranger.ics");
        Files.writeString(stranger, reply(uid, "stranger@example.org", "ACCEPTED"));

        assertThat(run("import", "rsvp", "--session", "" + upcoming, stranger.toString()))
                .isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(err.toString()).contains("stranger@example.org");
        assertThat(run("import", "rsvp")).isEqualTo(ExitCodes.USAGE);
    }

    private static String reply(String uid, String email, String partstat) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Example//Calendar//EN", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260620T120000Z", "SEQUENCE:2",
                "ORGANIZER:mailto:organizer@oscc-toronto.example.org",
                "ATTENDEE;PARTSTAT=" + partstat + ":mailto:" + email, "END:VEVENT", "END:VCALENDAR", "");
    }
}
