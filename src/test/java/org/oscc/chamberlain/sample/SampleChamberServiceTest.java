package org.oscc.chamberlain.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;

/** Loading the sample chamber into real SQLite stores. */
class SampleChamberServiceTest {
    private static final LocalDate TODAY = LocalDate.now(TestStores.FIXED_CLOCK);

    @TempDir
    Path dir;

    private static SampleChamberService serviceFor(Store store) {
        return new SampleChamberService(new SampleChamberRepository(store),
                new SettingsService(new SettingsRepository(store)), store.clock());
    }

    @Test
    void loadsIntoAnEmptyStoreWithTheExpectedVolumes() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SampleSummary summary = serviceFor(store).load(false);

            Map<String, Integer> rows = store.rowCounts();
            assertThat(rows.get("organization")).isBetween(20, 30).isEqualTo(summary.organizations());
            assertThat(rows.get("contact")).isBetween(50, 70).isEqualTo(summary.contacts());
            assertThat(rows.get("project")).isBetween(12, 18).isEqualTo(summary.projects());
            assertThat(rows.get("pledge")).isBetween(25, 35).isEqualTo(summary.pledges());
            assertThat(rows.get("contribution")).isBetween(500, 700).isEqualTo(summary.contributions());
            assertThat(rows.get("invitation")).isEqualTo(summary.invitations()).isGreaterThan(50);
            assertThat(summary.replaced()).isFalse();
            assertThat(store.dsl().select(PITCH_NIGHT.STATUS).from(PITCH_NIGHT).orderBy(PITCH_NIGHT.STARTS_AT)
                    .fetch(PITCH_NIGHT.STATUS)).containsExactly("HELD", "HELD", "SCHEDULED", "DRAFT");
        }
    }

    @Test
    void everyStoredContributionLiesWithinItsPledgesPeriodAndNotAfterToday() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            serviceFor(store).load(false);

            int outside = store.dsl().fetchCount(CONTRIBUTION.join(PLEDGE).on(PLEDGE.ID.eq(CONTRIBUTION.PLEDGE_ID)),
                    CONTRIBUTION.CONTRIBUTED_ON.lt(PLEDGE.PERIOD_START)
                            .or(CONTRIBUTION.CONTRIBUTED_ON.gt(PLEDGE.PERIOD_END))
                            .or(CONTRIBUTION.CONTRIBUTED_ON.gt(TODAY)));
            assertThat(outside).isZero();
            // dates are stored as ISO text, so SQL comparisons and sorting work on them
            assertThat(store.dsl().fetchValue("SELECT min(typeof(contributed_on)) || max(length(contributed_on))"
                    + " FROM contribution")).isEqualTo("text10");
            LocalDateTime nowUtc = LocalDateTime.now(TestStores.FIXED_CLOCK.withZone(ZoneOffset.UTC));
            assertThat(store.dsl().fetchCount(CONTRIBUTION, CONTRIBUTION.CREATED_AT.gt(nowUtc))).isZero();
        }
    }

    @Test
    void storeIsHealthyAfterLoading() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            serviceFor(store).load(false);

            assertThat(store.health().foreignKeyProblems()).isEmpty();
            assertThat(store.health().healthy()).isTrue();
        }
    }

    @Test
    void writesTheSampleSettings() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            serviceFor(store).load(false);

            var settings = new SettingsService(new SettingsRepository(store)).current();
            assertThat(settings.chamberName()).isEqualTo("Open Source Chamber of Commerce of Toronto (sample)");
            assertThat(settings.organizerEmail()).endsWith("example.org");
            assertThat(settings.timeZone().getId()).isEqualTo("America/Toronto");
        }
    }

    @Test
    void refusesAStoreThatHoldsDataAndLeavesItUntouched() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            insertOrganization(store, "Acme Widgets");
            Map<String, Integer> before = store.rowCounts();

            assertThatThrownBy(() -> serviceFor(store).load(false))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.field()).isEmpty();
                                assertThat(p.message()).startsWith("This chamber already holds data (1 member)");
                            }));

            assertThat(store.rowCounts()).isEqualTo(before);
            assertThat(store.dsl().fetchValue(DSL.select(ORGANIZATION.NAME).from(ORGANIZATION)))
                    .isEqualTo("Acme Widgets");
            assertThat(new SettingsService(new SettingsRepository(store)).current().chamberName())
                    .doesNotContain("(sample)");
        }
    }

    @Test
    void forceReplacesWhatTheStoreHeld() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            serviceFor(store).load(false);
            insertOrganization(store, "Acme Widgets");

            SampleSummary summary = serviceFor(store).load(true);

            assertThat(summary.replaced()).isTrue();
            assertThat(store.rowCounts().get("organization")).isEqualTo(summary.organizations());
            assertThat(store.dsl().fetchCount(ORGANIZATION, ORGANIZATION.NAME.eq("Acme Widgets"))).isZero();
            assertThat(store.dsl().fetchValue(DSL.select(DSL.min(ORGANIZATION.ID)).from(ORGANIZATION))).isEqualTo(1);
            assertThat(store.health().healthy()).isTrue();
        }
    }

    @Test
    void loadingIsDeterministicForAFixedClock() throws Exception {
        List<String> first = loadAndDump(dir.resolve("a"));
        List<String> second = loadAndDump(dir.resolve("b"));

        assertThat(first).hasSizeGreaterThan(900).isEqualTo(second);
    }

    private static List<String> loadAndDump(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Store store = TestStores.fresh(folder, TestStores.FIXED_CLOCK)) {
            serviceFor(store).load(false);
            List<String> rows = new ArrayList<>();
            for (String table : List.of("setting", "organization", "organization_status_change", "contact",
                    "project", "project_person", "pitch_night", "agenda_slot", "invitation", "pledge",
                    "contribution")) {
                for (Record r : store.dsl().fetch("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    rows.add(table + " " + r.formatCSV(false));
                }
            }
            return rows;
        }
    }

    private static void insertOrganization(Store store, String name) {
        LocalDateTime now = LocalDateTime.now(TestStores.FIXED_CLOCK.withZone(ZoneOffset.UTC));
        store.dsl().insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name)
                .set(ORGANIZATION.NAME_KEY, SampleChamberRepository.nameKey(name))
                .set(ORGANIZATION.CREATED_AT, now).set(ORGANIZATION.UPDATED_AT, now).execute();
    }
}
