package org.oscc.chamberlain.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * A plainly fictional, Toronto-flavoured chamber to try Chamberlain with: members, contacts, projects, pledges with
 * their contributions, and pitch nights. Built deterministically (fixed seed) around the clock's today, so the same
 * day always gives the same chamber and fulfilment looks "current" whatever the day.
 *
 * <p>Rows refer to each other by their position in these lists (not by database ids), so the chamber can be
 * built and inspected without a store.
 */
public record SampleChamber(LocalDate today, ChamberSettings settings, List<Organization> organizations,
        List<StatusChange> statusChanges, List<Contact> contacts, List<Project> projects,
        List<ProjectPerson> projectPeople, List<PitchNight> pitchNights, List<Pledge> pledges,
        List<Contribution> contributions, LocalDateTime createdAt) {

    static final long SEED = 20_240_917L;

    public SampleChamber {
        organizations = List.copyOf(organizations);
        statusChanges = List.copyOf(statusChanges);
        contacts = List.copyOf(contacts);
        projects = List.copyOf(projects);
        projectPeople = List.copyOf(projectPeople);
        pitchNights = List.copyOf(pitchNights);
        pledges = List.copyOf(pledges);
        contributions = List.copyOf(contributions);
    }

    /**
     * The sample chamber as of the clock's today in the chamber's own time zone, the zone its reports are made in:
     * nothing is signed, held or delivered after the "as of" of a report made now.
     */
    public static SampleChamber build(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ChamberSettings.DEFAULTS.timeZone()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        Random random = new Random(SEED);
        SampleMembers members = SampleMembers.build(today, random);
        SampleProjects projects = SampleProjects.build(members.contacts());
        List<PitchNight> nights = SamplePitchNights.build(today, now, random, members.contacts(), projects);
        SamplePledges pledges = SamplePledges.build(today, members.organizations(), nights);
        List<Contribution> contributions = SampleContributions.build(today, random, pledges, members.contacts(),
                projects.projects());
        ChamberSettings settings = ChamberSettings.DEFAULTS
                .withChamberName("Open Source Chamber of Commerce of Toronto (sample)")
                .withOrganizer("Marguerite Osei", "organizer@oscc-toronto.example.org");
        return new SampleChamber(today, settings, members.organizations(), members.statusChanges(),
                members.contacts(), projects.projects(), projects.people(), nights, pledges.pledges(), contributions, now);
    }

    /** A member organization (kind, status as in the schema's CHECK lists). */
    public record Organization(String name, String kind, String sector, String website, String city,
            int itHeadcount, int totalHeadcount, String tier, String status, LocalDate memberSince,
            LocalDate renewalDue, String notes) {
    }

    /** One step of an organization's lifecycle; an organization's last step is its current status. */
    public record StatusChange(int organization, String status, LocalDate changedOn) {
    }

    /** A person; {@code organization} is null for a maintainer who belongs to no member. */
    public record Contact(Integer organization, String fullName, String roleTitle, String email, String phone,
            boolean primary, boolean emailConsent) {
    }

    public record Project(String name, String slug, String repositoryUrl, String website, String licenceSpdx,
            String stage, String description) {
    }

    public record ProjectPerson(int project, int contact, String role) {
    }

    /** A pitch night; {@code startsAt} is wall-clock time in {@code timeZone}. */
    public record PitchNight(String title, LocalDateTime startsAt, String timeZone, int durationMinutes,
            String venueName, String venueAddress, String onlineUrl, Integer capacity, String status,
            String description, String icalUid, int icalSequence, List<AgendaSlot> agenda,
            List<Invitation> invitations) {
        public PitchNight {
            agenda = List.copyOf(agenda);
            invitations = List.copyOf(invitations);
        }
    }

    /** A PITCH (with project, presenter and ask) or a BREAK. */
    public record AgendaSlot(String kind, Integer project, Integer presenter, String title, int minutes,
            Integer askMinutes, String askSkills) {
    }

    /** Instants are UTC. Attendance is set only for nights that were held. */
    public record Invitation(int contact, String rsvp, LocalDateTime invitedAt, LocalDateTime rsvpChangedAt,
            String attendance) {
    }

    /** Where a pledge was won: the agenda slot at {@code position} of pitch night {@code night}. */
    public record SlotRef(int night, int position) {
    }

    /** A pledge; {@code project} null means the chamber's general pool. */
    public record Pledge(int organization, Integer project, String kind, Integer pledgedMinutes, Integer percentBp,
            Integer headcountBasis, Integer weeklyMinutesBasis, LocalDate periodStart, LocalDate periodEnd,
            String status, LocalDate signedOn, SlotRef pitchSlot, String notes) {
    }

    /** Time given against a pledge: by a known contact, or by a name alone. */
    public record Contribution(int pledge, Integer project, LocalDate contributedOn, int minutes, Integer contributor,
            String contributorName, String description, String link) {
    }
}
