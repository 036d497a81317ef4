package org.oscc.chamberlain.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE for a java.time zone that covers only the years around an event: one STANDARD or DAYLIGHT
 * observance per clock change in those years, plus the one in force when they begin. iCal4j's bundled
 * definitions carry a zone's whole history (~150 lines), which some readers handle badly.
 */
public final class TrimmedTimeZone {
    private static final LocalDateTime FIXED_ONSET = LocalDateTime.of(1970, 1, 1, 0, 0);
    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TrimmedTimeZone() {
    }

    /** The zone's rules from 1 January of {@code fromYear} to 31 December of {@code toYear}. */
    public static VTimeZone forYears(ZoneId zone, int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("years out of order: " + fromYear + ".." + toYear);
        }
        ZoneRules rules = zone.getRules();
        Instant from = LocalDateTime.of(fromYear, 1, 1, 0, 0).toInstant(ZoneOffset.MAX);
        Instant to = LocalDateTime.of(toYear + 1, 1, 1, 0, 0).toInstant(ZoneOffset.MIN);
        List<Observance> observances = new ArrayList<>();

        // The rule in force when the range begins: the last change before it, or a fixed offset since 1970.
        ZoneOffsetTransition before = rules.previousTransition(from);
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances.add(observance(rules.isDaylightSavings(from), FIXED_ONSET, offset, offset,
                    shortName(zone, from)));
        } else {
            observances.add(observance(before, zone, rules));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            observances.add(observance(t, zone, rules));
        }
        PropertyList props = new PropertyList(List.<Property>of(new TzId(zone.getId())));
        return new VTimeZone(props, new ComponentList<>(observances));
    }

    private static Observance observance(ZoneOffsetTransition t, ZoneId zone, ZoneRules rules) {
        // RFC 5545: an observance's DTSTART is the local time of the change as read on the clocks before it.
        return observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                t.getOffsetAfter(), shortName(zone, t.getInstant()));
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset fromOffset,
            ZoneOffset toOffset, String name) {
        List<Property> props = new ArrayList<>(5);
        props.add(new DtStart<>(onset));
        props.add(new TzOffsetFrom(fromOffset));
        props.add(new TzOffsetTo(toOffset));
        if (!name.isEmpty()) {
            props.add(new TzName(name));
        }
        PropertyList list = new PropertyList(props);
        return daylight ? new Daylight(list) : new Standard(list);
    }

    private static String shortName(ZoneId zone, Instant at) {
        return SHORT_NAME.format(at.atZone(zone));
    }
}
