package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problems;

/**
 * Writes the .ics files of pitch nights with iCal4j: an invite (METHOD:REQUEST), a cancellation (METHOD:CANCEL)
 * and the season feed (METHOD:PUBLISH). Every calendar is validated against RFC 5545 and the RFC 5546 rules of
 * its METHOD before it is returned; each carries trimmed VTIMEZONEs and is folded at 75 octets with CRLF ends.
 */
public final class InviteWriter {
    public static final String PRODUCT_ID = "-//Open Source Chamber of Commerce//Chamberlain//EN"; // not a message

    private final Clock clock;

    public InviteWriter(Clock clock) {
        this.clock = clock;
    }

    /** The invite (METHOD:REQUEST) for one session, with its SEQUENCE as given; ATTENDEE lines for invitees with an e-mail. */
    public String request(InviteEvent event) throws InvalidInputException {
        requireOrganizer(List.of(event));
        return render(Method.VALUE_REQUEST, List.of(event), true, true);
    }

    /**
     * The cancellation (METHOD:CANCEL, STATUS:CANCELLED) of a session whose invite was issued. The event's
     * SEQUENCE must already be the raised one ({@link SequenceRules#cancelSequence}).
     */
    public String cancel(InviteEvent event) throws InvalidInputException {
        requireOrganizer(List.of(event));
        return render(Method.VALUE_CANCEL, List.of(event.withStatus(SessionStatus.CANCELLED)), true, false);
    }

    /**
     * The season feed (METHOD:PUBLISH) of the sessions that are scheduled or held; drafts and cancelled ones are
     * left out. RFC 5546 forbids ATTENDEE in PUBLISH, which also keeps invitees' addresses out of a shared feed.
     * Refused when no session is left to publish.
     */
    public String feed(List<InviteEvent> sessions) throws InvalidInputException {
        List<InviteEvent> listed = sessions.stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED || s.status() == SessionStatus.HELD)
                .sorted(java.util.Comparator.comparing(InviteEvent::startsAt)).toList();
        if (listed.isEmpty()) {
            // RFC 5545 wants at least one component in a calendar; subscribers keep their last good copy.
            throw new InvalidInputException(Messages.get("calendar.feed"), Messages.get("calendar.feed.empty"));
        }
        requireOrganizer(listed);
        return render(Method.VALUE_PUBLISH, listed, false, true);
    }

    /** Writes an .ics text to {@code target} through a temporary file and a move, as UTF-8. */
    public static void write(String ics, Path target) throws IOException {
        AtomicFiles.write(target, ics.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireOrganizer(List<InviteEvent> events) throws InvalidInputException {
        Problems problems = new Problems();
        for (InviteEvent e : events) {
            if (e.organizerEmail().isEmpty()) {
                problems.add(Messages.get("calendar.organizerEmail"), Messages.get("calendar.organizerEmail.needed",
                        e.title()));
                break;
            }
        }
        problems.throwIfAny();
    }

    private String render(String method, List<InviteEvent> events, boolean withAttendees, boolean withAlarms) {
        DtStamp stamp = new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        List<CalendarComponent> components = new ArrayList<>();
        components.addAll(timeZones(events));
        for (InviteEvent e : events) {
            components.add(event(e, stamp, withAttendees, withAlarms));
        }
        PropertyList calProps = new PropertyList(List.of(new ProdId(PRODUCT_ID), net.fortuna.ical4j.model.property.immutable.ImmutableVersion.VERSION_2_0,
                new CalScale(CalScale.VALUE_GREGORIAN), new Method(method)));
        Calendar calendar = new Calendar(calProps, new ComponentList<>(components));
        validate(calendar);
        return ContentLines.fold(calendar.toString());
    }

    /** One trimmed VTIMEZONE per zone, covering every session in it. */
    private static List<CalendarComponent> timeZones(List<InviteEvent> events) {
        Map<ZoneId, int[]> years = new LinkedHashMap<>();
        for (InviteEvent e : events) {
            int year = e.start().getYear();
            int endYear = e.endsAt().getYear();
            years.merge(e.zone(), new int[] {year, endYear},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<CalendarComponent> zones = new ArrayList<>();
        years.forEach((zone, range) -> zones.add(TrimmedTimeZone.forYears(zone, range[0] - 1, range[1] + 1)));
        return zones;
    }

    private static VEvent event(InviteEvent e, DtStamp stamp, boolean withAttendees, boolean withAlarms) {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(e.uid()));
        p.add(stamp);
        p.add(new DtStart<>(e.startsAt()));
        p.add(new DtEnd<>(endValue(e)));
        p.add(new Summary(e.titleOrDefault()));
        p.add(new Description(stripEnd(AgendaText.plain(e))));
        if (!e.location().isEmpty()) {
            p.add(new Location(e.location()));
        }
        onlineUri(e.onlineUrl()).ifPresent(uri -> p.add(new Url(uri)));
        Organizer organizer = new Organizer(mailto(e.organizerEmail()));
        if (!e.organizerName().isEmpty()) {
            organizer.add(new Cn(e.organizerName()));
        }
        p.add(organizer);
        if (withAttendees) {
            Set<String> seen = new HashSet<>();
            for (Attendee a : e.attendees()) {
                if (a.hasEmail() && seen.add(a.email().toLowerCase(Locale.ROOT))) {
                    p.add(attendee(a));
                }
            }
        }
        p.add(new Status(ICalendarTerms.status(e.status())));
        p.add(new Sequence(e.sequence()));
        List<VAlarm> alarms = new ArrayList<>();
        if (withAlarms) {
            for (int minutes : e.reminderMinutes().stream().distinct().toList()) {
                alarms.add(alarm(e, minutes));
            }
        }
        return new VEvent(new PropertyList(p), new ComponentList<>(alarms));
    }

    /**
     * The end as a local time in the session's zone, except where that local time happens twice (clocks falling
     * back) and the end is the second one: readers take the first, so the end is then written in UTC instead.
     */
    private static Temporal endValue(InviteEvent e) {
        ZonedDateTime end = e.endsAt();
        LocalDateTime local = end.toLocalDateTime();
        List<ZoneOffset> offsets = e.zone().getRules().getValidOffsets(local);
        if (offsets.size() > 1 && !end.getOffset().equals(offsets.get(0))) {
            return end.toInstant();
        }
        return end;
    }

    private static net.fortuna.ical4j.model.property.Attendee attendee(Attendee a) {
        net.fortuna.ical4j.model.property.Attendee property =
                new net.fortuna.ical4j.model.property.Attendee(mailto(a.email()));
        if (!a.name().isEmpty()) {
            property.add(new Cn(a.name()));
        }
        property.add(new Role(a.role()));
        property.add(new PartStat(ICalendarTerms.partstat(a.rsvp())));
        property.add(net.fortuna.ical4j.model.parameter.Rsvp.TRUE);
        return property;
    }

    private static VAlarm alarm(InviteEvent e, int minutesBefore) {
        VAlarm alarm = new VAlarm(Duration.ofMinutes(-minutesBefore));
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(Messages.in(e.language(), "ics.reminder", e.titleOrDefault())));
        return alarm;
    }

    static URI mailto(String email) {
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("not usable as an e-mail address: " + email, ex);
        }
    }

    /** The online link as a URI, or empty when there is none or it is not an absolute address (the checks say so). */
    static Optional<URI> onlineUri(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException ex) {
            return Optional.empty();
        }
    }

    private static void validate(Calendar calendar) {
        try {
            ValidationResult result = calendar.validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("iCal4j refused the calendar written: " + result.getEntries());
            }
        } catch (ValidationException ex) {
            throw new IllegalStateException("iCal4j refused the calendar written", ex);
        }
    }

    private static String stripEnd(String text) {
        return text.stripTrailing();
    }
}
