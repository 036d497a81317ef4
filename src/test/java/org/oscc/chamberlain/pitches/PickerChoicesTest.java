package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** What the pitch nights screen's pickers offer: nothing archived, names in order, tiers without repeats. */
class PickerChoicesTest {
    private static final LocalDateTime ARCHIVED = LocalDateTime.of(2026, 5, 1, 9, 0);

    @TempDir
    Path folder;
    Store store;
    PitchNightRepository repository;
    PitchTestData data;

    @BeforeEach
    void open() {
        store = TestStores.fresh(folder, TestStores.FIXED_CLOCK);
        repository = new PitchNightRepository(store);
        data = new PitchTestData(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void projectsAreOfferedByNameWithoutArchivedOnes() {
        data.project("zulu");
        int alpha = data.project("Alpha");
        int gone = data.project("Gone");
        store.dsl().update(PROJECT).set(PROJECT.ARCHIVED_AT, ARCHIVED).where(PROJECT.ID.eq(gone)).execute();

        assertThat(repository.projectChoices()).extracting(Choice::name).containsExactly("Alpha", "zulu");
        assertThat(repository.projectChoices().get(0).id()).isEqualTo(alpha);
    }

    @Test
    void tiersAreDistinctTrimmedAndSorted() {
        data.organization("A", "Patron", "ACTIVE");
        data.organization("B", " Patron ", "ACTIVE");
        data.organization("C", "community", "PROSPECT");
        data.organization("D", null, "PROSPECT");
        int archived = data.organization("E", "Retired tier", "LAPSED");
        store.dsl().update(ORGANIZATION).set(ORGANIZATION.ARCHIVED_AT, ARCHIVED).where(ORGANIZATION.ID.eq(archived))
                .execute();

        assertThat(repository.tiers()).containsExactly("community", "Patron");
    }

    @Test
    void contactsOfferedIncludeThoseWithoutAnOrganizationButNotArchivedOnes() {
        int org = data.organization("Acme", "Patron", "ACTIVE");
        data.contact(org, "Bea Boss", null, false, true);
        data.contact("Solo Maintainer");
        int archived = data.contact("Old Friend");
        data.archiveContact(archived);

        assertThat(repository.contactChoices()).extracting(InviteCandidate::fullName)
                .containsExactlyInAnyOrder("Bea Boss", "Solo Maintainer");
        assertThat(repository.organizationChoices()).extracting(Choice::name).containsExactly("Acme");
    }
}
