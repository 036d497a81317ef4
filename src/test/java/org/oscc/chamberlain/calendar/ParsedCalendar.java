package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** An .ics text read back through iCal4j's parser, with the look-ups the tests need. */
final class ParsedCalendar {
    final Calendar calendar;

    private ParsedCalendar(Calendar calendar) {
        this.calendar = calendar;
    }

    static ParsedCalendar parse(String ics) {
        try {
            LineEnds.assertCrlfOnly(ics);
            return new ParsedCalendar(new CalendarBuilder().build(new StringReader(ics)));
        } catch (Exception e) {
            throw new AssertionError("iCal4j could not read the calendar back: " + e.getMessage() + "\n" + ics, e);
        }
    }

    /** Asserts that iCal4j's validation (RFC 5545 and the RFC 5546 rules of the METHOD) finds no error. */
    ParsedCalendar assertValid() {
        try {
            ValidationResult result = calendar.validate();
            assertThat(result.hasErrors()).as("validation: %s", result.getEntries()).isFalse();
        } catch (Exception e) {
            throw new AssertionError("validation failed: " + e.getMessage(), e);
        }
        return this;
    }

    String calendarValue(String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    List<VEvent> events() {
        return calendar.getComponents(Component.VEVENT);
    }

    VEvent onlyEvent() {
        assertThat(events()).hasSize(1);
        return events().get(0);
    }

    static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    static String param(Property p, String parameter) {
        return p.getParameter(parameter).map(Parameter::getValue).orElse(null);
    }
}
