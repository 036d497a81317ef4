package org.oscc.chamberlain.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** Search-as-you-type over names, contact names and e-mail addresses, through the V2 trigram index. */
class MemberSearchTest {
    @TempDir
    Path dir;
    Store store;
    MemberService members;
    long mueller;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        members = new MemberService(new OrganizationRepository(store), new ContactRepository(store), store.clock());
        mueller = members.save(Organization.named("MÜLLER GmbH"),
                List.of(Contact.named("Jürgen Schmidt", "j.schmidt@mueller-gmbh.example").withPrimary(true)));
        members.save(Organization.named("Big Acme Corp"), List.of(Contact.named("Ada Lovelace", "ada@acme.example")));
        members.save(Organization.named("株式会社テスト"), List.of(Contact.named("山田 太郎", "yamada@test.example.jp")));
        members.save(Organization.named("🦊 Fox Labs"), List.of());
        members.save(Organization.named("Café Montréal"), List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
        "müller|MÜLLER GmbH",
        "Müller|MÜLLER GmbH",
        "LLER GM|MÜLLER GmbH",
        "mueller-gmbh|MÜLLER GmbH",
        "SCHMIDT@|MÜLLER GmbH",
        "jürgen|MÜLLER GmbH",
        "lovelace|Big Acme Corp",
        "acme.exa|Big Acme Corp",
        "テスト|株式会社テスト",
        "山田 太|株式会社テスト",
        "🦊 F|🦊 Fox Labs",
        "fox lab|🦊 Fox Labs",
        "montreal|Café Montréal",
        "MONTRÉAL|Café Montréal",
        "mü|MÜLLER GmbH",
        "MÜ|MÜLLER GmbH",
        "j.|MÜLLER GmbH",
        "株式|株式会社テスト",
        "ca|Café Montréal",
    })
    void searchFindsByAnyPartOfNamesContactsAndEmails(String text, String expected) {
        assertThat(names(text)).containsExactly(expected);
        assertThat(matched(MemberFilter.all().withText(text))).as("the in-memory matcher agrees")
                .containsExactly(expected);
    }

    @Test
    void theMatcherAppliesEveryFilterToLoadedRows() throws Exception {
        members.archive(mueller);
        members.saveOrganization(Organization.named("Müllerei Co-op").withKind(OrganizationKind.NON_PROFIT)
                .withTier("Gold"));

        assertThat(matched(MemberFilter.all().withText("müller"))).containsExactly("Müllerei Co-op");
        assertThat(matched(MemberFilter.all().withText("müller").withArchived(true))).containsExactly("MÜLLER GmbH");
        assertThat(matched(MemberFilter.all().withText("mü").withKinds(OrganizationKind.COMPANY))).isEmpty();
        assertThat(matched(MemberFilter.all().withTiers("Gold"))).containsExactly("Müllerei Co-op");
        assertThat(matched(MemberFilter.all())).hasSize(5);
    }

    @Test
    void shortTextMatchesTheStartOfANameNotTheMiddle() {
        assertThat(names("ac")).isEmpty(); // "Big Acme Corp" starts with "bi"; ada@acme.example starts with "ad"
        assertThat(names("bi")).containsExactly("Big Acme Corp");
        assertThat(names("ad")).containsExactly("Big Acme Corp");
    }

    @Test
    void blankTextFindsEverything() {
        assertThat(names("  ")).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"", "\"\"\"", "AND", "a OR b", "-acme", "acme*", "NEAR(a b)", "'--'", "%_\\"})
    void searchOperatorsAreTakenAsPlainText(String text) {
        assertThat(members.list(MemberFilter.all().withText(text))).isNotNull();
    }

    @Test
    void theIndexFollowsRenamesAndContactChanges() throws Exception {
        Organization org = members.get(mueller).organization();
        members.save(org.withName("Schulz AG"), List.of(Contact.named("Petra Weiß", "petra@schulz.example")));

        assertThat(names("müller")).isEmpty();
        assertThat(names("jürgen")).as("contacts left out are archived and unsearchable").isEmpty();
        assertThat(names("schulz ag")).containsExactly("Schulz AG");
        assertThat(names("weiß")).containsExactly("Schulz AG");

        Contact petra = members.get(mueller).contacts().get(0);
        members.saveContact(petra.withEmail("p.weiss@elsewhere.example"));
        assertThat(names("petra@schulz")).isEmpty();
        assertThat(names("elsewhere")).containsExactly("Schulz AG");

        members.archiveContact(petra.id());
        assertThat(names("elsewhere")).isEmpty();
        members.restoreContact(petra.id());
        assertThat(names("elsewhere")).containsExactly("Schulz AG");
    }

    @Test
    void aContactMovedToAnotherOrganizationIsFoundThere() throws Exception {
        long acme = members.findByName("big acme corp").orElseThrow().id();
        Contact ada = members.get(acme).contacts().get(0);
        members.saveContact(ada.withOrganizationId(mueller));

        assertThat(names("lovelace")).containsExactly("MÜLLER GmbH");
    }

    @Test
    void searchOnlyShowsArchivedOrganizationsInTheArchivedView() throws Exception {
        members.archive(mueller);
        assertThat(names("müller")).isEmpty();
        assertThat(members.list(MemberFilter.all().withArchived(true).withText("müller")))
                .extracting(MemberRow::name).containsExactly("MÜLLER GmbH");
    }

    @Test
    void theRowCarriesThePrimaryContact() {
        MemberRow row = members.list(MemberFilter.all().withText("müller")).get(0);
        assertThat(row.primaryContactName()).isEqualTo("Jürgen Schmidt");
        assertThat(row.primaryContactEmail()).isEqualTo("j.schmidt@mueller-gmbh.example");
        assertThat(row.contactCount()).isEqualTo(1);
    }

    /** The screen's way: load every row once, then narrow with the matcher. */
    private List<String> matched(MemberFilter filter) {
        List<MemberRow> loaded = new java.util.ArrayList<>(members.list(MemberFilter.all()));
        loaded.addAll(members.list(MemberFilter.all().withArchived(true)));
        return loaded.stream().filter(members.matcher(filter)).map(MemberRow::name).toList();
    }

    private List<String> names(String text) {
        return members.list(MemberFilter.all().withText(text)).stream().map(MemberRow::name).toList();
    }
}
