package org.oscc.chamberlain.sample;

import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.IMPORT_BATCH;
import static org.oscc.chamberlain.store.jooq.Tables.IMPORT_CHANGE;
import static org.oscc.chamberlain.store.jooq.Tables.INVITATION;
import static org.oscc.chamberlain.store.jooq.Tables.INVITE_ISSUE;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION_STATUS_CHANGE;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT_PERSON;
import static org.oscc.chamberlain.store.jooq.Tables.REPORT_RUN;
import static org.oscc.chamberlain.store.jooq.Tables.SETTING;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.sample.SampleChamber.AgendaSlot;
import org.oscc.chamberlain.sample.SampleChamber.Contact;
import org.oscc.chamberlain.sample.SampleChamber.Contribution;
import org.oscc.chamberlain.sample.SampleChamber.Invitation;
import org.oscc.chamberlain.sample.SampleChamber.Organization;
import org.oscc.chamberlain.sample.SampleChamber.PitchNight;
import org.oscc.chamberlain.sample.SampleChamber.Pledge;
import org.oscc.chamberlain.sample.SampleChamber.Project;
import org.oscc.chamberlain.sample.SampleChamber.ProjectPerson;
import org.oscc.chamberlain.sample.SampleChamber.StatusChange;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Writes a {@link SampleChamber} into a store in one transaction. An empty store only, unless forced: then every
 * domain row (members, projects, pledges, pitch nights, import and report history) is deleted first, in the same
 * transaction, so a failure leaves the old content in place.
 */
public class SampleChamberRepository {
    /** Children before parents, so that deleting never trips a foreign key. */
    private static final List<Table<?>> DELETE_ORDER = List.of(CONTRIBUTION, PLEDGE, INVITE_ISSUE, INVITATION,
            AGENDA_SLOT, PITCH_NIGHT, PROJECT_PERSON, PROJECT, CONTACT, ORGANIZATION_STATUS_CHANGE, ORGANIZATION,
            IMPORT_CHANGE, IMPORT_BATCH, REPORT_RUN);

    private final Store store;

    public SampleChamberRepository(Store store) {
        this.store = store;
    }

    /**
     * @param settings the chamber settings as stored key/value pairs, written in the same transaction
     * @return true when data the store held was replaced
     * @throws InvalidInputException when the store already holds data and {@code force} is false
     */
    public boolean write(SampleChamber chamber, Map<String, String> settings, boolean force)
            throws InvalidInputException {
        boolean empty = store.isEmpty();
        if (!force && !empty) {
            String held = store.rowCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> counted(e.getKey(), e.getValue())).collect(Collectors.joining(", "));
            throw new InvalidInputException("", "This chamber already holds data (" + held + "). The sample "
                    + "chamber is loaded only into an empty chamber.");
        }
        store.dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (force) {
                deleteDomainRows(tx);
            }
            for (Map.Entry<String, String> e : settings.entrySet()) {
                tx.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(e.getKey(), e.getValue())
                        .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, e.getValue()).execute();
            }
            insertRows(tx, chamber);
        });
        return !empty;
    }

    private static void deleteDomainRows(DSLContext tx) {
        for (Table<?> table : DELETE_ORDER) {
            tx.deleteFrom(table).execute();
        }
        // start ids at 1 again, so a replaced sample looks like a fresh one
        tx.execute("DELETE FROM sqlite_sequence WHERE name IN ("
                + DELETE_ORDER.stream().map(t -> "'" + t.getName() + "'").collect(Collectors.joining(", ")) + ")");
    }

    /** Inserts parents before children, mapping the chamber's list positions to the new ids. */
    private static void insertRows(DSLContext tx, SampleChamber chamber) {
        LocalDateTime now = chamber.createdAt();
        int[] orgIds = new int[chamber.organizations().size()];
        for (int i = 0; i < orgIds.length; i++) {
            Organization o = chamber.organizations().get(i);
            orgIds[i] = tx.insertInto(ORGANIZATION)
                    .set(ORGANIZATION.NAME, o.name()).set(ORGANIZATION.NAME_KEY, nameKey(o.name()))
                    .set(ORGANIZATION.KIND, o.kind()).set(ORGANIZATION.SECTOR, o.sector())
                    .set(ORGANIZATION.WEBSITE, o.website()).set(ORGANIZATION.CITY, o.city())
                    .set(ORGANIZATION.IT_HEADCOUNT, o.itHeadcount())
                    .set(ORGANIZATION.TOTAL_HEADCOUNT, o.totalHeadcount()).set(ORGANIZATION.TIER, o.tier())
                    .set(ORGANIZATION.STATUS, o.status()).set(ORGANIZATION.MEMBER_SINCE, o.memberSince())
                    .set(ORGANIZATION.RENEWAL_DUE, o.renewalDue()).set(ORGANIZATION.NOTES, o.notes())
                    .set(ORGANIZATION.CREATED_AT, now).set(ORGANIZATION.UPDATED_AT, now)
                    .returning(ORGANIZATION.ID).fetchSingle().getId();
        }
        for (StatusChange c : chamber.statusChanges()) {
            tx.insertInto(ORGANIZATION_STATUS_CHANGE).set(ORGANIZATION_STATUS_CHANGE.ORGANIZATION_ID,
                    orgIds[c.organization()]).set(ORGANIZATION_STATUS_CHANGE.STATUS, c.status())
                    .set(ORGANIZATION_STATUS_CHANGE.CHANGED_ON, c.changedOn()).execute();
        }
        int[] contactIds = new int[chamber.contacts().size()];
        for (int i = 0; i < contactIds.length; i++) {
            Contact c = chamber.contacts().get(i);
            contactIds[i] = tx.insertInto(CONTACT)
                    .set(CONTACT.ORGANIZATION_ID, c.organization() == null ? null : orgIds[c.organization()])
                    .set(CONTACT.FULL_NAME, c.fullName()).set(CONTACT.ROLE_TITLE, c.roleTitle())
                    .set(CONTACT.EMAIL, c.email())
                    .set(CONTACT.EMAIL_KEY, c.email() == null ? null : c.email().strip().toLowerCase(Locale.ROOT))
                    .set(CONTACT.PHONE, c.phone()).set(CONTACT.IS_PRIMARY, c.primary())
                    .set(CONTACT.EMAIL_CONSENT, c.emailConsent())
                    .set(CONTACT.CREATED_AT, now).set(CONTACT.UPDATED_AT, now)
                    .returning(CONTACT.ID).fetchSingle().getId();
        }
        int[] projectIds = new int[chamber.projects().size()];
        for (int i = 0; i < projectIds.length; i++) {
            Project p = chamber.projects().get(i);
            projectIds[i] = tx.insertInto(PROJECT)
                    .set(PROJECT.NAME, p.name()).set(PROJECT.NAME_KEY, nameKey(p.name()))
                    .set(PROJECT.REPOSITORY_URL, p.repositoryUrl()).set(PROJECT.WEBSITE, p.website())
                    .set(PROJECT.LICENCE_SPDX, p.licenceSpdx()).set(PROJECT.STAGE, p.stage())
                    .set(PROJECT.DESCRIPTION, p.description())
                    .set(PROJECT.CREATED_AT, now).set(PROJECT.UPDATED_AT, now)
                    .returning(PROJECT.ID).fetchSingle().getId();
        }
        for (ProjectPerson pp : chamber.projectPeople()) {
            tx.insertInto(PROJECT_PERSON, PROJECT_PERSON.PROJECT_ID, PROJECT_PERSON.CONTACT_ID, PROJECT_PERSON.ROLE)
                    .values(projectIds[pp.project()], contactIds[pp.contact()], pp.role()).execute();
        }
        List<int[]> slotIds = insertPitchNights(tx, chamber, contactIds, projectIds);
        int[] pledgeIds = new int[chamber.pledges().size()];
        for (int i = 0; i < pledgeIds.length; i++) {
            Pledge p = chamber.pledges().get(i);
            pledgeIds[i] = tx.insertInto(PLEDGE)
                    .set(PLEDGE.ORGANIZATION_ID, orgIds[p.organization()])
                    .set(PLEDGE.PROJECT_ID, p.project() == null ? null : projectIds[p.project()])
                    .set(PLEDGE.KIND, p.kind()).set(PLEDGE.PLEDGED_MINUTES, p.pledgedMinutes())
                    .set(PLEDGE.PERCENT_BP, p.percentBp()).set(PLEDGE.HEADCOUNT_BASIS, p.headcountBasis())
                    .set(PLEDGE.WEEKLY_MINUTES_BASIS, p.weeklyMinutesBasis())
                    .set(PLEDGE.PERIOD_START, p.periodStart()).set(PLEDGE.PERIOD_END, p.periodEnd())
                    .set(PLEDGE.STATUS, p.status()).set(PLEDGE.SIGNED_ON, p.signedOn())
                    .set(PLEDGE.PITCH_SLOT_ID, p.pitchSlot() == null ? null
                            : slotIds.get(p.pitchSlot().night())[p.pitchSlot().position()])
                    .set(PLEDGE.NOTES, p.notes()).set(PLEDGE.CREATED_AT, now).set(PLEDGE.UPDATED_AT, now)
                    .returning(PLEDGE.ID).fetchSingle().getId();
        }
        List<Query> contributions = new ArrayList<>();
        for (Contribution c : chamber.contributions()) {
            // entered on the evening of the day worked, or just now for today's work
            LocalDateTime entered = c.contributedOn().atTime(LocalTime.of(22, 0));
            contributions.add(tx.insertInto(CONTRIBUTION)
                    .set(CONTRIBUTION.PLEDGE_ID, pledgeIds[c.pledge()])
                    .set(CONTRIBUTION.PROJECT_ID, c.project() == null ? null : projectIds[c.project()])
                    .set(CONTRIBUTION.CONTRIBUTED_ON, c.contributedOn()).set(CONTRIBUTION.MINUTES, c.minutes())
                    .set(CONTRIBUTION.CONTRIBUTOR_ID, c.contributor() == null ? null : contactIds[c.contributor()])
                    .set(CONTRIBUTION.CONTRIBUTOR_NAME, c.contributorName())
                    .set(CONTRIBUTION.DESCRIPTION, c.description()).set(CONTRIBUTION.LINK, c.link())
                    .set(CONTRIBUTION.CREATED_AT, entered.isAfter(now) ? now : entered));
        }
        tx.batch(contributions).execute();
    }

    /** @return per night, the ids of its agenda slots by position */
    private static List<int[]> insertPitchNights(DSLContext tx, SampleChamber chamber, int[] contactIds,
            int[] projectIds) {
        LocalDateTime now = chamber.createdAt();
        List<int[]> slotIds = new ArrayList<>();
        for (PitchNight n : chamber.pitchNights()) {
            int nightId = tx.insertInto(PITCH_NIGHT)
                    .set(PITCH_NIGHT.TITLE, n.title()).set(PITCH_NIGHT.STARTS_AT, n.startsAt())
                    .set(PITCH_NIGHT.TIME_ZONE, n.timeZone()).set(PITCH_NIGHT.DURATION_MINUTES, n.durationMinutes())
                    .set(PITCH_NIGHT.VENUE_NAME, n.venueName()).set(PITCH_NIGHT.VENUE_ADDRESS, n.venueAddress())
                    .set(PITCH_NIGHT.ONLINE_URL, n.onlineUrl()).set(PITCH_NIGHT.CAPACITY, n.capacity())
                    .set(PITCH_NIGHT.STATUS, n.status()).set(PITCH_NIGHT.DESCRIPTION, n.description())
                    .set(PITCH_NIGHT.ORGANIZER_NAME, chamber.settings().organizerName())
                    .set(PITCH_NIGHT.ORGANIZER_EMAIL, chamber.settings().organizerEmail())
                    .set(PITCH_NIGHT.ICAL_UID, n.icalUid()).set(PITCH_NIGHT.ICAL_SEQUENCE, n.icalSequence())
                    .set(PITCH_NIGHT.CREATED_AT, now).set(PITCH_NIGHT.UPDATED_AT, now)
                    .returning(PITCH_NIGHT.ID).fetchSingle().getId();
            int[] ids = new int[n.agenda().size()];
            for (int pos = 0; pos < ids.length; pos++) {
                AgendaSlot s = n.agenda().get(pos);
                ids[pos] = tx.insertInto(AGENDA_SLOT)
                        .set(AGENDA_SLOT.PITCH_NIGHT_ID, nightId).set(AGENDA_SLOT.POSITION, pos)
                        .set(AGENDA_SLOT.KIND, s.kind())
                        .set(AGENDA_SLOT.PROJECT_ID, s.project() == null ? null : projectIds[s.project()])
                        .set(AGENDA_SLOT.PRESENTER_CONTACT_ID, s.presenter() == null ? null
                                : contactIds[s.presenter()])
                        .set(AGENDA_SLOT.TITLE, s.title()).set(AGENDA_SLOT.MINUTES, s.minutes())
                        .set(AGENDA_SLOT.ASK_MINUTES, s.askMinutes()).set(AGENDA_SLOT.ASK_SKILLS, s.askSkills())
                        .returning(AGENDA_SLOT.ID).fetchSingle().getId();
            }
            slotIds.add(ids);
            for (Invitation inv : n.invitations()) {
                tx.insertInto(INVITATION)
                        .set(INVITATION.PITCH_NIGHT_ID, nightId).set(INVITATION.CONTACT_ID, contactIds[inv.contact()])
                        .set(INVITATION.RSVP, inv.rsvp()).set(INVITATION.RSVP_CHANGED_AT, inv.rsvpChangedAt())
                        .set(INVITATION.ATTENDANCE, inv.attendance()).set(INVITATION.INVITED_AT, inv.invitedAt())
                        .execute();
            }
        }
        return slotIds;
    }

    /** Name folded for uniqueness as the schema describes it: lower case, accents kept, spacing and punctuation gone. */
    /** The same key the roster uses for uniqueness, so a sample organization is found as a duplicate of itself. */
    static String nameKey(String name) {
        return org.oscc.chamberlain.members.NameKey.of(name);
    }

    /** "1 member", "12 hours entries": a table's row count in the words the screens use. */
    static String counted(String table, int n) {
        String[] words = switch (table) {
            case "organization" -> new String[] {"member", "members"};
            case "contribution" -> new String[] {"hours entry", "hours entries"};
            case "pitch_night" -> new String[] {"pitch night", "pitch nights"};
            case "agenda_slot" -> new String[] {"agenda slot", "agenda slots"};
            default -> new String[] {table.replace('_', ' '), table.replace('_', ' ') + "s"};
        };
        return n + " " + (n == 1 ? words[0] : words[1]);
    }
}
