package org.oscc.chamberlain.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

class MemberServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @TempDir
    Path dir;
    Store store;
    MemberService members;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        members = new MemberService(new OrganizationRepository(store), new ContactRepository(store), store.clock());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void organizationIsSavedWithItsContactsAndAWebsiteGetsHttps() throws Exception {
        Organization acme = Organization.named("  ACME Inc. ").withDetails("Finance", "acme.example", "Toronto")
                .withHeadcounts(40, 900).withTier("Gold");
        long id = members.save(acme, List.of(Contact.named("Ada Lovelace", "ada@acme.example").withPrimary(true)
                .withRole("CIO").withConsent(true), Contact.named("Grace Hopper", null).withRole("OSPO lead")));

        MemberDetail detail = members.get(id);
        assertThat(detail.organization().name()).isEqualTo("ACME Inc.");
        assertThat(detail.organization().website()).isEqualTo("https://acme.example");
        assertThat(detail.organization().itHeadcount()).isEqualTo(40);
        assertThat(detail.contacts()).extracting(Contact::fullName, Contact::primary, Contact::roleTitle,
                Contact::emailConsent).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ada Lovelace", true, "CIO", true),
                        org.assertj.core.groups.Tuple.tuple("Grace Hopper", false, "OSPO lead", false));
        assertThat(detail.contacts()).allMatch(c -> c.organizationId() == id);
    }

    @Test
    void aSecondOrganizationWithTheSameNameKeyIsRefusedNamingTheFirstAndNothingIsWritten() throws Exception {
        members.save(Organization.named("ACME Inc."), List.of(Contact.named("Ada", "ada@acme.example")));
        Map<String, Integer> before = store.rowCounts();

        assertThatThrownBy(() -> members.save(Organization.named("acme inc"),
                List.of(Contact.named("Bob", "bob@acme.example"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"acme inc\" is already taken by \"ACME Inc.\"");
        assertThat(store.rowCounts()).isEqualTo(before);
        assertThat(members.list(MemberFilter.all())).extracting(MemberRow::name).containsExactly("ACME Inc.");
    }

    @Test
    void aNameTakenByAnArchivedOrganizationSaysToRestoreIt() throws Exception {
        long id = members.saveOrganization(Organization.named("Old Co"));
        members.archive(id);

        assertThatThrownBy(() -> members.saveOrganization(Organization.named("OLD CO.")))
                .hasMessageContaining("archived: restore it");
    }

    @Test
    void renamingAnOrganizationToItsOwnNameInAnotherCaseIsAllowed() throws Exception {
        long id = members.saveOrganization(Organization.named("acme"));
        members.saveOrganization(members.get(id).organization().withName("ACME"));
        assertThat(members.get(id).organization().name()).isEqualTo("ACME");
    }

    @Test
    void twoPrimaryContactsAreRefused() {
        assertThatThrownBy(() -> members.save(Organization.named("Two Heads"),
                List.of(Contact.named("A", null).withPrimary(true), Contact.named("B", null).withPrimary(true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only one contact can be primary");
        assertThat(store.rowCounts().get("organization")).isZero();
    }

    @Test
    void thePrimaryFlagMovesFromOneContactToAnotherInOneSave() throws Exception {
        long id = members.save(Organization.named("Movers"),
                List.of(Contact.named("A", null).withPrimary(true), Contact.named("B", null)));
        List<Contact> saved = members.get(id).contacts();
        members.save(members.get(id).organization(),
                List.of(saved.get(0).withPrimary(false), saved.get(1).withPrimary(true)));

        assertThat(members.get(id).contacts()).filteredOn(Contact::primary).extracting(Contact::fullName)
                .containsExactly("B");
        assertThat(members.list(MemberFilter.all()).get(0).primaryContactName()).isEqualTo("B");
    }

    @Test
    void contactsLeftOutOfASaveAreArchivedNotDeleted() throws Exception {
        long id = members.save(Organization.named("Keepers"),
                List.of(Contact.named("Stays", null), Contact.named("Goes", "goes@keepers.example").withPrimary(true)));
        Contact stays = members.get(id).contacts().stream().filter(c -> c.fullName().equals("Stays")).findFirst()
                .orElseThrow();
        members.save(members.get(id).organization(), List.of(stays));

        assertThat(members.get(id).contacts()).extracting(Contact::fullName).containsExactly("Stays");
        assertThat(store.rowCounts().get("contact")).isEqualTo(2);
        assertThat(members.list(MemberFilter.all()).get(0).contactCount()).isEqualTo(1);
        assertThat(members.list(MemberFilter.all().withText("goes@"))).isEmpty();
    }

    @Test
    void aContactMayStandAloneWithoutAnOrganization() throws Exception {
        long id = members.saveContact(Contact.named("Linus Maintainer", "linus@kernel.example").withRole("Maintainer"));

        assertThat(members.standaloneContacts(false)).extracting(Contact::id, Contact::fullName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "Linus Maintainer"));
        assertThat(members.contact(id)).get().matches(Contact::standalone);
        members.archiveContact(id);
        assertThat(members.standaloneContacts(false)).isEmpty();
        assertThat(members.standaloneContacts(true)).hasSize(1);
        members.restoreContact(id);
        assertThat(members.standaloneContacts(false)).hasSize(1);
    }

    @Test
    void aSecondPrimaryContactSavedOnItsOwnIsRefusedNamingTheFirst() throws Exception {
        long org = members.save(Organization.named("Solo"), List.of(Contact.named("First", null).withPrimary(true)));

        assertThatThrownBy(() -> members.saveContact(Contact.named("Second", null).withOrganizationId(org)
                .withPrimary(true))).hasMessageContaining("First is already the primary contact");
        assertThat(members.get(org).contacts()).hasSize(1);
    }

    @Test
    void itHeadcountCannotExceedTheTotal() {
        assertThatThrownBy(() -> members.saveOrganization(Organization.named("Top Heavy").withHeadcounts(50, 10)))
                .hasMessageContaining("cannot be more than the total headcount");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Organization bad = Organization.named("Bad Data").withDetails(null, "not a site", null).withHeadcounts(-1, -5)
                .withMembership(MemberStatus.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31));

        assertThatThrownBy(() -> members.save(bad, List.of(Contact.named("", "bob(at)example"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("Website", "IT headcount",
                                "Total headcount", "Renewal due", "Contact 1 name", "Contact 1 e-mail"));
        assertThat(store.rowCounts().get("organization")).isZero();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {"''", "'   '", "'...'"})
    void aNameWithoutLettersIsRefused(String name) {
        assertThatThrownBy(() -> members.saveOrganization(Organization.named(name)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Name");
    }

    @Test
    void archivedOrganizationsLeaveTheRosterAndComeBackWhenRestored() throws Exception {
        long id = members.saveOrganization(Organization.named("Sleepy"));
        members.saveOrganization(Organization.named("Awake"));
        members.archive(id);

        assertThat(members.list(MemberFilter.all())).extracting(MemberRow::name).containsExactly("Awake");
        assertThat(members.list(MemberFilter.all().withArchived(true))).extracting(MemberRow::name, MemberRow::archived)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sleepy", true));
        // an edit of an archived organization keeps it archived
        members.saveOrganization(members.get(id).organization().withNotes("still asleep"));
        assertThat(members.get(id).organization().archived()).isTrue();

        members.restore(id);
        assertThat(members.list(MemberFilter.all())).extracting(MemberRow::name).containsExactly("Awake", "Sleepy");
    }

    @Test
    void statusChangesAreRecordedWithTheirDates() throws Exception {
        long id = members.saveOrganization(Organization.named("Lifecycle"));
        members.saveOrganization(members.get(id).organization()
                .withMembership(MemberStatus.ACTIVE, null, LocalDate.of(2027, 6, 1)));
        members.changeStatus(id, MemberStatus.LAPSED, LocalDate.of(2027, 6, 2));

        MemberDetail detail = members.get(id);
        assertThat(detail.history()).containsExactly(new StatusChange(MemberStatus.PROSPECT, TODAY),
                new StatusChange(MemberStatus.ACTIVE, TODAY), new StatusChange(MemberStatus.LAPSED,
                        LocalDate.of(2027, 6, 2)));
        assertThat(detail.organization().memberSince()).as("joining without a date means today").isEqualTo(TODAY);
        assertThat(detail.organization().status()).isEqualTo(MemberStatus.LAPSED);
    }

    @Test
    void aMemberCannotGoBackToBeingAProspect() throws Exception {
        long id = members.saveOrganization(Organization.named("No Way Back")
                .withMembership(MemberStatus.ACTIVE, TODAY, null));

        assertThatThrownBy(() -> members.changeStatus(id, MemberStatus.PROSPECT, TODAY))
                .hasMessageContaining("cannot go from Active to Prospect");
        assertThatThrownBy(() -> members.saveOrganization(members.get(id).organization()
                .withMembership(MemberStatus.PROSPECT, TODAY, null))).hasMessageContaining("Status");
        assertThat(members.get(id).history()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}, renewal due {1}: attention {2}")
    @CsvSource({
        "ACTIVE, 2026-07-15, true",
        "ACTIVE, 2026-07-16, false",
        "ACTIVE, 2026-05-01, true",
        "ACTIVE, , false",
        "LAPSED, , true",
        "PROSPECT, 2026-06-20, false",
        "WITHDRAWN, 2026-06-20, false",
    })
    void renewalsDueWithin30DaysAndLapsedMembersNeedAttention(MemberStatus status, LocalDate due, boolean attention)
            throws Exception {
        members.saveOrganization(Organization.named("Org").withMembership(status, due == null ? null
                : due.minusYears(1), due));
        assertThat(members.list(MemberFilter.all()).get(0).attention()).isEqualTo(attention);
    }

    @Test
    void filtersKeepTheChosenStatusesTiersSectorsAndKinds() throws Exception {
        members.saveOrganization(Organization.named("Gold Bank").withTier("Gold").withDetails("Finance", null, null)
                .withMembership(MemberStatus.ACTIVE, TODAY, null));
        members.saveOrganization(Organization.named("Silver Uni").withTier("Silver").withKind(OrganizationKind.ACADEMIC)
                .withDetails("Education", null, null));
        members.saveOrganization(Organization.named("City Hall").withKind(OrganizationKind.PUBLIC_SECTOR)
                .withDetails("Government", null, null).withMembership(MemberStatus.ACTIVE, TODAY, null));

        assertThat(names(MemberFilter.all().withStatuses(MemberStatus.ACTIVE))).containsExactly("City Hall",
                "Gold Bank");
        assertThat(names(MemberFilter.all().withTiers("Gold", "Silver"))).containsExactly("Gold Bank", "Silver Uni");
        assertThat(names(MemberFilter.all().withSectors("Education"))).containsExactly("Silver Uni");
        assertThat(names(MemberFilter.all().withKinds(OrganizationKind.PUBLIC_SECTOR, OrganizationKind.COMPANY)))
                .containsExactly("City Hall", "Gold Bank");
        assertThat(names(MemberFilter.all().withStatuses(MemberStatus.ACTIVE).withTiers("Gold").withText("bank")))
                .containsExactly("Gold Bank");
        assertThat(members.tiers()).containsExactly("Gold", "Silver");
        assertThat(members.sectors()).containsExactly("Education", "Finance", "Government");
    }

    @Test
    void textIsStoredExactlyAsWritten() throws Exception {
        String notes = "Line one — with an apostrophe: l'équipe\nLine two: 会议 🚀\r\n  indented line\n";
        long id = members.save(Organization.named("株式会社テスト 🦊 l'Atelier").withNotes(notes),
                List.of(Contact.named("Zoë O'Brien-Ñúñez", "zoe@example.jp").withNotes("多行\n备注")));

        MemberDetail detail = members.get(id);
        assertThat(detail.organization().name()).isEqualTo("株式会社テスト 🦊 l'Atelier");
        assertThat(detail.organization().notes()).isEqualTo(notes);
        assertThat(detail.contacts().get(0).fullName()).isEqualTo("Zoë O'Brien-Ñúñez");
        assertThat(detail.contacts().get(0).notes()).isEqualTo("多行\n备注");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"=SUM(A1:A2)", "+Plus Corp", "-Minus Ltd", "@Home Networks"})
    void aNameStartingWithAFormulaCharacterIsJustAName(String name) throws Exception {
        long id = members.saveOrganization(Organization.named(name));

        assertThat(members.get(id).organization().name()).isEqualTo(name);
        assertThat(names(MemberFilter.all().withText(name))).containsExactly(name);
        assertThat(names(MemberFilter.all().withText(name.substring(0, 2)))).containsExactly(name);
    }

    @Test
    void theDetailCountsPledgesAndTheMinutesContributedAgainstThem() throws Exception {
        long id = members.saveOrganization(Organization.named("Pledger"));
        long other = members.saveOrganization(Organization.named("Other"));
        int p1 = pledge(id);
        pledge(id);
        int p3 = pledge(other);
        contribute(p1, 90);
        contribute(p1, 30);
        contribute(p3, 600);

        MemberDetail detail = members.get(id);
        assertThat(detail.pledgeCount()).isEqualTo(2);
        assertThat(detail.contributedMinutes()).isEqualTo(120);
        assertThat(members.get(other).contributedMinutes()).isEqualTo(600);
    }

    private int pledge(long orgId) {
        LocalDateTime now = LocalDateTime.of(2026, 6, 15, 12, 0);
        return store.dsl().insertInto(PLEDGE).set(PLEDGE.ORGANIZATION_ID, (int) orgId).set(PLEDGE.KIND, "HOURS")
                .set(PLEDGE.PLEDGED_MINUTES, 6000).set(PLEDGE.PERIOD_START, LocalDate.of(2026, 1, 1))
                .set(PLEDGE.PERIOD_END, LocalDate.of(2026, 12, 31)).set(PLEDGE.CREATED_AT, now)
                .set(PLEDGE.UPDATED_AT, now).returningResult(PLEDGE.ID).fetchOne().value1();
    }

    private void contribute(int pledgeId, int minutes) {
        store.dsl().insertInto(CONTRIBUTION).set(CONTRIBUTION.PLEDGE_ID, pledgeId)
                .set(CONTRIBUTION.CONTRIBUTED_ON, TODAY).set(CONTRIBUTION.MINUTES, minutes)
                .set(CONTRIBUTION.CREATED_AT, LocalDateTime.of(2026, 6, 15, 12, 0)).execute();
    }

    private List<String> names(MemberFilter filter) {
        return members.list(filter).stream().map(MemberRow::name).toList();
    }
}
