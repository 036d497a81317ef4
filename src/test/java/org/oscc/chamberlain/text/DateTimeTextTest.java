package org.oscc.chamberlain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.ui.Figures;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * One form for every date and time the organizer reads (docs/user-guide.md promises 2026-03-20): the forms
 * themselves, UTC instants shown in the chamber's zone, the sample chamber's periods, and a scan of the sources that
 * fails when a screen, export or message formats a date on its own instead of through {@link DateTimeText}.
 */
class DateTimeTextTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @TempDir
    Path dir;

    @Test
    void datesTimesAndMonthsHaveOneForm() {
        assertThat(DateTimeText.date(LocalDate.of(2026, 3, 20))).isEqualTo("2026-03-20");
        assertThat(DateTimeText.date(null)).isEmpty();
        assertThat(DateTimeText.period(LocalDate.of(2026, 12, 4), LocalDate.of(2027, 12, 3)))
                .isEqualTo("2026-12-04 \u2013 2027-12-03");
        assertThat(DateTimeText.month(YearMonth.of(2026, 12))).isEqualTo("Dec 2026"); // never "Dec 26"
        assertThat(DateTimeText.monthHeading(YearMonth.of(2026, 12))).isEqualTo("December 2026");
        assertThat(DateTimeText.weekday(java.time.DayOfWeek.MONDAY)).isEqualTo("Mon");
        ZonedDateTime session = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, TORONTO);
        assertThat(DateTimeText.dayAndDateTime(session)).isEqualTo("Thu 2026-12-03 18:00");
        assertThat(DateTimeText.time(session)).isEqualTo("18:00");
        assertThat(DateTimeText.zone(TORONTO)).isEqualTo("America/Toronto");
    }

    @Test
    void instantsKeptInUtcAreShownInTheChambersZone() {
        // 01:30 UTC on 4 December is still the evening of the 3rd in Toronto (UTC-5 in winter, UTC-4 in summer)
        assertThat(DateTimeText.fromUtc(LocalDateTime.of(2026, 12, 4, 1, 30), TORONTO)).isEqualTo("2026-12-03 20:30");
        assertThat(DateTimeText.fromUtc(LocalDateTime.of(2026, 6, 15, 16, 0), TORONTO)).isEqualTo("2026-06-15 12:00");
        assertThat(DateTimeText.dateTime(ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ZoneId.of("America/Vancouver")),
                TORONTO)).isEqualTo("2026-12-03 21:00");
    }

    @Test
    void everyPledgePeriodOfTheSampleChamberReadsAsTwoIsoDates() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            new SampleChamberService(new SampleChamberRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock()).load(false);
            PledgeService pledges = PledgeFixtures.service(store);
            assertThat(pledges.list(PledgeFilter.ALL)).isNotEmpty().allSatisfy(r -> {
                assertThat(Figures.period(r.periodStart(), r.periodEnd()))
                        .matches(ISO_DATE + " \u2013 " + ISO_DATE);
                assertThat(Figures.date(r.periodStart())).matches(ISO_DATE.pattern());
            });
        }
    }

    /**
     * Where a date may be formatted other than through DateTimeText, and why: reading what people typed or imported,
     * the store's own text forms, file names, iCalendar's zone names, and names of months or sample text that are
     * not dates shown to the organizer.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "org/oscc/chamberlain/importing/", "parses the dates people write in imported files",
            "org/oscc/chamberlain/store/Store.java", "a backup file's name stamp",
            "org/oscc/chamberlain/calendar/TrimmedTimeZone.java", "iCalendar TZNAME values, not text for a person",
            "org/oscc/chamberlain/pledges/PledgeRepository.java", "the store's timestamp text",
            "org/oscc/chamberlain/members/MemberImportRepository.java", "the store's timestamp text",
            "org/oscc/chamberlain/settings/ui/SettingsController.java", "month names of the fiscal-year picker",
            "org/oscc/chamberlain/sample/SamplePitchNights.java", "the sample chamber's own titles",
            "org/oscc/chamberlain/text/DateTimeText.java", "the one formatter");

    private static final List<String> FORMATTING = List.of("DateTimeFormatter", "ofLocalized", "getDisplayName(",
            "\"MMM", "\"EEE");

    @Test
    void onlyTheOneFormatterFormatsDatesForPeople() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        String name = sources.relativize(f).toString().replace('\\', '/');
                        return ALLOWED.keySet().stream().noneMatch(name::startsWith);
                    })
                    .filter(f -> {
                        try {
                            String text = Files.readString(f);
                            return FORMATTING.stream().anyMatch(text::contains);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> sources.relativize(f).toString()).sorted().toList();
        }
        assertThat(offenders).as("format dates and times through DateTimeText").isEmpty();
    }
}
