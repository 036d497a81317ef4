package org.oscc.chamberlain.pitches;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jooq.DSLContext;
import org.oscc.chamberlain.store.Store;

/** Rows of other features (organizations, contacts, projects, pledges) inserted straight into a test store. */
final class PitchTestData {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 12, 0);
    private final DSLContext dsl;

    PitchTestData(Store store) {
        this.dsl = store.dsl();
    }

    int organization(String name, String tier, String status) {
        return dsl.insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name)
                .set(ORGANIZATION.NAME_KEY, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .set(ORGANIZATION.TIER, tier).set(ORGANIZATION.STATUS, status)
                .set(ORGANIZATION.CREATED_AT, NOW).set(ORGANIZATION.UPDATED_AT, NOW)
                .returning(ORGANIZATION.ID).fetchOne().getId();
    }

    int contact(Integer organizationId, String name, String email, boolean consent, boolean primary) {
        return dsl.insertInto(CONTACT).set(CONTACT.ORGANIZATION_ID, organizationId).set(CONTACT.FULL_NAME, name)
                .set(CONTACT.EMAIL, email).set(CONTACT.EMAIL_CONSENT, consent).set(CONTACT.IS_PRIMARY, primary)
                .set(CONTACT.CREATED_AT, NOW).set(CONTACT.UPDATED_AT, NOW)
                .returning(CONTACT.ID).fetchOne().getId();
    }

    int contact(String name) {
        return contact(null, name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org", true, false);
    }

    void archiveContact(int contactId) {
        dsl.update(CONTACT).set(CONTACT.ARCHIVED_AT, NOW).where(CONTACT.ID.eq(contactId)).execute();
    }

    int project(String name) {
        return dsl.insertInto(PROJECT).set(PROJECT.NAME, name)
                .set(PROJECT.NAME_KEY, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .set(PROJECT.CREATED_AT, NOW).set(PROJECT.UPDATED_AT, NOW)
                .returning(PROJECT.ID).fetchOne().getId();
    }

    int hoursPledge(int organizationId, Integer projectId, Integer slotId, int minutes) {
        return dsl.insertInto(PLEDGE).set(PLEDGE.ORGANIZATION_ID, organizationId).set(PLEDGE.PROJECT_ID, projectId)
                .set(PLEDGE.KIND, "HOURS").set(PLEDGE.PLEDGED_MINUTES, minutes)
                .set(PLEDGE.PERIOD_START, LocalDate.of(2026, 1, 1)).set(PLEDGE.PERIOD_END, LocalDate.of(2026, 12, 31))
                .set(PLEDGE.PITCH_SLOT_ID, slotId).set(PLEDGE.CREATED_AT, NOW).set(PLEDGE.UPDATED_AT, NOW)
                .returning(PLEDGE.ID).fetchOne().getId();
    }

    Integer pledgeSlot(int pledgeId) {
        return dsl.select(PLEDGE.PITCH_SLOT_ID).from(PLEDGE).where(PLEDGE.ID.eq(pledgeId)).fetchOne().value1();
    }
}
