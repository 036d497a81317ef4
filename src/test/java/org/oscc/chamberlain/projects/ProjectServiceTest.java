package org.oscc.chamberlain.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationRepository;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

class ProjectServiceTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 16, 0);

    @TempDir
    Path dir;
    Store store;
    ProjectService projects;
    MemberService members;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        ContactRepository contacts = new ContactRepository(store);
        projects = new ProjectService(new ProjectRepository(store), contacts, store.clock());
        members = new MemberService(new OrganizationRepository(store), contacts, store.clock());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProjectIsSavedWithTidyLinks() throws Exception {
        long id = projects.save(Project.named(" Kubernetes Docs ").withLinks("github.com/kubernetes/website",
                "http://kubernetes.io").withLicence("Apache-2.0").withStage(ProjectStage.ESTABLISHED)
                .withDescription("Docs\nand translations: 日本語, français"));

        Project p = projects.get(id).project();
        assertThat(p.name()).isEqualTo("Kubernetes Docs");
        assertThat(p.repositoryUrl()).isEqualTo("https://github.com/kubernetes/website");
        assertThat(p.website()).isEqualTo("http://kubernetes.io");
        assertThat(p.stage()).isEqualTo(ProjectStage.ESTABLISHED);
        assertThat(p.description()).isEqualTo("Docs\nand translations: 日本語, français");
    }

    @Test
    void aSecondProjectWithTheSameNameKeyIsRefused() throws Exception {
        projects.save(Project.named("Open Telemetry"));

        assertThatThrownBy(() -> projects.save(Project.named("open-telemetry")))
                .hasMessageContaining("already taken by \"Open Telemetry\"");
        assertThat(store.rowCounts().get("project")).isEqualTo(1);
    }

    @ParameterizedTest(name = "licence \"{0}\" accepted: {1}")
    @CsvSource(delimiter = '|', value = {
        "MIT|true",
        "Apache-2.0|true",
        "GPL-3.0-or-later|true",
        "MIT OR Apache-2.0|true",
        "(MIT OR Apache-2.0) AND BSD-3-Clause|true",
        "GPL-2.0-only WITH Classpath-exception-2.0|true",
        "LicenseRef-Acme-Proprietary|true",
        "EPL-2.0+|true",
        "Apache 2|false",
        "MIT OR|false",
        "(MIT|false",
        "Apache License, Version 2.0|false",
        "GPL/MIT|false",
    })
    void licencesAreCheckedLooselyAgainstTheSpdxShape(String licence, boolean accepted) {
        boolean saved;
        try {
            projects.save(Project.named("Licensed").withLicence(licence));
            saved = true;
        } catch (InvalidInputException e) {
            assertThat(e.problems()).extracting(Problem::field).containsExactly("Licence");
            saved = false;
        }
        assertThat(saved).isEqualTo(accepted);
    }

    @Test
    void keyPeopleAreAddedWithRolesAndRemoved() throws Exception {
        long project = projects.save(Project.named("Fox"));
        long maintainer = members.saveContact(Contact.named("Lin Maintainer", "lin@fox.example"));
        long org = members.save(Organization.named("ACME"), List.of(Contact.named("Ada", "ada@acme.example")));
        long ada = members.get(org).contacts().get(0).id();

        projects.addKeyPerson(project, maintainer, "Maintainer");
        projects.addKeyPerson(project, ada, "Sponsor");
        projects.addKeyPerson(project, ada, "Community lead");

        assertThat(projects.get(project).keyPeople()).containsExactly(
                new KeyPerson(ada, "Ada", "ada@acme.example", "Community lead", "ACME"),
                new KeyPerson(maintainer, "Lin Maintainer", "lin@fox.example", "Maintainer", null));
        assertThat(projects.search("", false).get(0).keyPeopleCount()).isEqualTo(2);

        projects.removeKeyPerson(project, ada);
        assertThat(projects.get(project).keyPeople()).extracting(KeyPerson::fullName)
                .containsExactly("Lin Maintainer");
        assertThat(members.contact(ada)).isPresent();
    }

    @Test
    void anUnknownContactCannotBecomeAKeyPerson() throws Exception {
        long project = projects.save(Project.named("Fox"));
        assertThatThrownBy(() -> projects.addKeyPerson(project, 999, "Maintainer"))
                .hasMessageContaining("no longer exists");
    }

    @Test
    void archivedProjectsLeaveTheListAndComeBack() throws Exception {
        long id = projects.save(Project.named("Sleepy"));
        projects.save(Project.named("Awake"));
        projects.archive(id);

        assertThat(projects.search("", false)).extracting(ProjectRow::name).containsExactly("Awake");
        assertThat(projects.search("", true)).extracting(ProjectRow::name).containsExactly("Sleepy");
        projects.restore(id);
        assertThat(projects.search("", false)).extracting(ProjectRow::name).containsExactly("Awake", "Sleepy");
    }

    @Test
    void searchFoldsUnicodeCase() throws Exception {
        projects.save(Project.named("ÉCOLE Libre").withLinks("git.example.org/ecole", null));
        projects.save(Project.named("Другой проект"));

        assertThat(projects.search("école", false)).extracting(ProjectRow::name).containsExactly("ÉCOLE Libre");
        assertThat(projects.search("ПРОЕКТ", false)).extracting(ProjectRow::name).containsExactly("Другой проект");
        assertThat(projects.search("git.example", false)).hasSize(1);
    }

    @Test
    void thePitchesThatNamedAProjectAreListedWithTheirPresenterAndTheTableCountsItsPledges() throws Exception {
        long project = projects.save(Project.named("Fox"));
        long other = projects.save(Project.named("Badger"));
        long acme = members.saveOrganization(Organization.named("ACME"));
        insertPledge(acme, project, "HOURS", LocalDate.of(2026, 1, 1));
        insertPledge(acme, other, "HOURS", LocalDate.of(2026, 1, 1));
        int presenter = store.dsl().insertInto(CONTACT).set(CONTACT.FULL_NAME, "Zoë Tremblay")
                .set(CONTACT.CREATED_AT, NOW).set(CONTACT.UPDATED_AT, NOW).returningResult(CONTACT.ID).fetchOne()
                .value1();
        int spring = pitchNight("Spring Pitch Night", LocalDateTime.of(2026, 4, 2, 18, 0), "uid-1@test");
        int autumn = pitchNight("Autumn Pitch Night", LocalDateTime.of(2026, 10, 1, 18, 0), "uid-2@test");
        slot(spring, project, "Fox needs docs", presenter);
        slot(autumn, project, "Fox, six months on", null);

        ProjectDetail detail = projects.get(project);
        assertThat(detail.pitches()).extracting(ProjectPitch::pitchNightTitle, ProjectPitch::date,
                ProjectPitch::slotTitle, ProjectPitch::presenterName)
                .containsExactly(
                        tuple("Autumn Pitch Night", LocalDate.of(2026, 10, 1), "Fox, six months on", null),
                        tuple("Spring Pitch Night", LocalDate.of(2026, 4, 2), "Fox needs docs", "Zoë Tremblay"));
        assertThat(projects.pitchesNaming(other)).isEmpty();
        assertThat(projects.search("fox", false).get(0)).extracting(ProjectRow::pledgeCount, ProjectRow::pitchCount)
                .containsExactly(1, 2);
    }

    private int pitchNight(String title, LocalDateTime startsAt, String uid) {
        return store.dsl().insertInto(PITCH_NIGHT).set(PITCH_NIGHT.TITLE, title).set(PITCH_NIGHT.STARTS_AT, startsAt)
                .set(PITCH_NIGHT.TIME_ZONE, "America/Toronto").set(PITCH_NIGHT.DURATION_MINUTES, 120)
                .set(PITCH_NIGHT.ICAL_UID, uid).set(PITCH_NIGHT.CREATED_AT, NOW)
                .set(PITCH_NIGHT.UPDATED_AT, NOW).returningResult(PITCH_NIGHT.ID).fetchOne().value1();
    }

    private void slot(int night, long project, String title, Integer presenter) {
        store.dsl().insertInto(AGENDA_SLOT).set(AGENDA_SLOT.PITCH_NIGHT_ID, night).set(AGENDA_SLOT.POSITION, 0)
                .set(AGENDA_SLOT.PROJECT_ID, (int) project).set(AGENDA_SLOT.TITLE, title)
                .set(AGENDA_SLOT.PRESENTER_CONTACT_ID, presenter).set(AGENDA_SLOT.MINUTES, 10).execute();
    }

    private void insertPledge(long org, long project, String kind, LocalDate start) {
        store.dsl().insertInto(PLEDGE).set(PLEDGE.ORGANIZATION_ID, (int) org).set(PLEDGE.PROJECT_ID, (int) project)
                .set(PLEDGE.KIND, kind).set(PLEDGE.PLEDGED_MINUTES, 600).set(PLEDGE.PERIOD_START, start)
                .set(PLEDGE.PERIOD_END, start.plusYears(1).minusDays(1)).set(PLEDGE.CREATED_AT, NOW)
                .set(PLEDGE.UPDATED_AT, NOW).execute();
    }
}
