package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TrimmedTimeZoneTest {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Test
    void torontoAroundTwentyTwentySixHasTheChangesOfThreeYearsAndTheOneBefore() {
        VTimeZone tz = TrimmedTimeZone.forYears(ZoneId.of("America/Toronto"), 2025, 2027);

        assertThat(tz.getProperty(Property.TZID).map(Property::getValue)).contains("America/Toronto");
        List<Observance> observances = tz.getObservances().stream()
                .sorted(Comparator.comparing(o -> value(o, "DTSTART"))).toList();
        assertThat(observances).extracting(o -> o.getName() + " " + value(o, "DTSTART")).containsExactly(
                "STANDARD 20241103T020000", "DAYLIGHT 20250309T020000", "STANDARD 20251102T020000",
                "DAYLIGHT 20260308T020000", "STANDARD 20261101T020000", "DAYLIGHT 20270314T020000",
                "STANDARD 20271107T020000");
        assertThat(observances.get(1)).satisfies(o -> {
            assertThat(value(o, "TZOFFSETFROM")).isEqualTo("-0500");
            assertThat(value(o, "TZOFFSETTO")).isEqualTo("-0400");
            assertThat(value(o, "TZNAME")).isEqualTo("EDT");
        });
        assertThat(tz.toString().split("\r\n")).as("lines").hasSizeLessThan(50);
    }

    @Test
    void aZoneWithoutClockChangesHasOneStandardObservance() {
        VTimeZone tz = TrimmedTimeZone.forYears(ZoneId.of("Asia/Tokyo"), 2025, 2027);

        assertThat(tz.getObservances()).singleElement().satisfies(o -> {
            assertThat(o.getName()).isEqualTo("STANDARD");
            assertThat(value(o, "TZOFFSETTO")).isEqualTo("+0900");
        });
    }

    /**
     * Read as RFC 5545 says (the observance with the latest onset at or before an instant gives the offset, an
     * onset being its DTSTART read at TZOFFSETFROM), the trimmed definition agrees with java.time hour by hour.
     */
    @ParameterizedTest
    @ValueSource(strings = {"America/Toronto", "Europe/London", "Australia/Sydney", "America/St_Johns",
            "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "UTC"})
    void givesTheSameOffsetsAsJavaTimeThroughoutTheYears(String id) {
        ZoneId zone = ZoneId.of(id);
        Map<Instant, ZoneOffset> onsets = new HashMap<>();
        for (Observance o : TrimmedTimeZone.forYears(zone, 2025, 2027).getObservances()) {
            LocalDateTime start = LocalDateTime.parse(value(o, "DTSTART"), BASIC);
            onsets.put(start.toInstant(ZoneOffset.of(value(o, "TZOFFSETFROM"))), ZoneOffset.of(value(o, "TZOFFSETTO")));
        }

        Instant from = LocalDateTime.of(2025, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant to = LocalDateTime.of(2028, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        for (Instant t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.HOURS)) {
            assertThat(offsetAt(onsets, t)).as("%s at %s", id, t).isEqualTo(zone.getRules().getOffset(t));
        }
    }

    private static ZoneOffset offsetAt(Map<Instant, ZoneOffset> onsets, Instant t) {
        return onsets.entrySet().stream().filter(e -> !e.getKey().isAfter(t)).max(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).orElse(null);
    }

    private static String value(Observance o, String name) {
        return o.getProperty(name).map(Property::getValue).orElse(null);
    }
}
