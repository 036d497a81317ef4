package org.oscc.chamberlain.projects;

import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT_PERSON;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.ProjectRecord;

/** Reads and writes projects and their key people; reads the pitches that named them. */
public class ProjectRepository {
    private final DSLContext dsl;

    public ProjectRepository(Store store) {
        this.dsl = store.dsl();
    }

    public Optional<Project> find(long id) {
        return dsl.selectFrom(PROJECT).where(PROJECT.ID.eq((int) id)).fetchOptional()
                .map(ProjectRepository::toProject);
    }

    public Optional<Project> findByNameKey(String nameKey) {
        return dsl.selectFrom(PROJECT).where(PROJECT.NAME_KEY.eq(nameKey)).fetchOptional()
                .map(ProjectRepository::toProject);
    }

    public long save(Project p, String nameKey, LocalDateTime now) {
        ProjectRecord rec = p.id() == null ? dsl.newRecord(PROJECT)
                : dsl.fetchSingle(PROJECT, PROJECT.ID.eq(p.id().intValue()));
        rec.setName(p.name());
        rec.setNameKey(nameKey);
        rec.setRepositoryUrl(p.repositoryUrl());
        rec.setWebsite(p.website());
        rec.setLicenceSpdx(p.licenceSpdx());
        rec.setStage(p.stage().name());
        rec.setDescription(p.description());
        rec.setArchivedAt(p.archivedAt());
        if (p.id() == null) {
            rec.setCreatedAt(now);
        }
        rec.setUpdatedAt(now);
        rec.store();
        return rec.getId();
    }

    public void setArchived(long id, LocalDateTime at, LocalDateTime now) {
        dsl.update(PROJECT).set(PROJECT.ARCHIVED_AT, at).set(PROJECT.UPDATED_AT, now)
                .where(PROJECT.ID.eq((int) id)).execute();
    }

    /** All current (or all archived) projects as table rows, ordered by name key. */
    public List<ProjectRow> rows(boolean archived) {
        Field<Integer> people = DSL.field(DSL.selectCount().from(PROJECT_PERSON)
                .where(PROJECT_PERSON.PROJECT_ID.eq(PROJECT.ID)));
        Field<Integer> pledges = DSL.field(DSL.selectCount().from(PLEDGE).where(PLEDGE.PROJECT_ID.eq(PROJECT.ID)));
        Field<Integer> pitches = DSL.field(DSL.selectCount().from(AGENDA_SLOT)
                .where(AGENDA_SLOT.PROJECT_ID.eq(PROJECT.ID)));
        return dsl.select(PROJECT.ID, PROJECT.NAME, PROJECT.STAGE, PROJECT.LICENCE_SPDX, PROJECT.REPOSITORY_URL,
                        people, pledges, pitches, PROJECT.ARCHIVED_AT)
                .from(PROJECT)
                .where(archived ? PROJECT.ARCHIVED_AT.isNotNull() : PROJECT.ARCHIVED_AT.isNull())
                .orderBy(PROJECT.NAME_KEY)
                .fetch(r -> new ProjectRow(r.value1(), r.value2(), ProjectStage.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9() != null));
    }

    public List<KeyPerson> keyPeople(long projectId) {
        return dsl.select(CONTACT.ID, CONTACT.FULL_NAME, CONTACT.EMAIL, PROJECT_PERSON.ROLE, ORGANIZATION.NAME)
                .from(PROJECT_PERSON)
                .join(CONTACT).on(CONTACT.ID.eq(PROJECT_PERSON.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(PROJECT_PERSON.PROJECT_ID.eq((int) projectId))
                .orderBy(CONTACT.FULL_NAME, CONTACT.ID)
                .fetch(r -> new KeyPerson(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Adds the contact as a key person, or changes their role if they already are one. */
    public void putKeyPerson(long projectId, long contactId, String role) {
        dsl.insertInto(PROJECT_PERSON, PROJECT_PERSON.PROJECT_ID, PROJECT_PERSON.CONTACT_ID, PROJECT_PERSON.ROLE)
                .values((int) projectId, (int) contactId, role)
                .onConflict(PROJECT_PERSON.PROJECT_ID, PROJECT_PERSON.CONTACT_ID).doUpdate()
                .set(PROJECT_PERSON.ROLE, role).execute();
    }

    /** @return whether the contact was a key person */
    public boolean removeKeyPerson(long projectId, long contactId) {
        return dsl.deleteFrom(PROJECT_PERSON).where(PROJECT_PERSON.PROJECT_ID.eq((int) projectId))
                .and(PROJECT_PERSON.CONTACT_ID.eq((int) contactId)).execute() > 0;
    }

    public List<ProjectPitch> pitches(long projectId) {
        return dsl.select(AGENDA_SLOT.ID, PITCH_NIGHT.TITLE, PITCH_NIGHT.STARTS_AT, AGENDA_SLOT.TITLE,
                        CONTACT.FULL_NAME)
                .from(AGENDA_SLOT).join(PITCH_NIGHT).on(PITCH_NIGHT.ID.eq(AGENDA_SLOT.PITCH_NIGHT_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(AGENDA_SLOT.PRESENTER_CONTACT_ID))
                .where(AGENDA_SLOT.PROJECT_ID.eq((int) projectId))
                .orderBy(PITCH_NIGHT.STARTS_AT.desc(), AGENDA_SLOT.POSITION)
                .fetch(r -> new ProjectPitch(r.value1(), r.value2(), r.value3().toLocalDate(), r.value4(),
                        r.value5()));
    }

    static Project toProject(ProjectRecord r) {
        return new Project(r.getId().longValue(), r.getName(), r.getRepositoryUrl(), r.getWebsite(),
                r.getLicenceSpdx(), ProjectStage.valueOf(r.getStage()), r.getDescription(), r.getArchivedAt());
    }
}
