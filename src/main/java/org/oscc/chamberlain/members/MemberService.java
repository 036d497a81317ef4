package org.oscc.chamberlain.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;

/**
 * The member roster's rules: organizations with their contacts, unique names, the status lifecycle with its history,
 * archiving, standalone contacts, and the filtered, searchable roster rows.
 */
public class MemberService {
    static final int CONTACT_SEARCH_LIMIT = 50;

    private final OrganizationRepository organizations;
    private final ContactRepository contacts;
    private final Clock clock;

    public MemberService(OrganizationRepository organizations, ContactRepository contacts, Clock clock) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * Checks and saves an organization together with its full list of current contacts, in one transaction. Contacts
     * it had before that are missing from {@code orgContacts} are archived, not deleted. A new organization's status
     * is recorded in its history; so is a changed status. An organization becoming ACTIVE without a member-since date
     * gets today's.
     *
     * @return the organization's id
     */
    public long save(Organization organization, List<Contact> orgContacts) throws InvalidInputException {
        Objects.requireNonNull(orgContacts, "orgContacts");
        return store(organization, orgContacts.stream().map(OrganizationRules::tidy).toList());
    }

    /** Checks and saves an organization's own fields, leaving its contacts as they are. */
    public long saveOrganization(Organization organization) throws InvalidInputException {
        return store(organization, null);
    }

    private long store(Organization given, List<Contact> orgContacts) throws InvalidInputException {
        Organization org = OrganizationRules.tidy(given);
        Optional<Organization> before = org.id() == null ? Optional.empty() : organizations.find(org.id());
        Problems problems = new Problems();
        if (org.id() != null && before.isEmpty()) {
            throw gone();
        }
        OrganizationRules.check(org, problems);
        checkNameFree(org, problems);
        before.ifPresent(b -> {
            if (!b.status().canBecome(org.status())) {
                problems.add(statusRefused(b.status(), org.status()));
            }
        });
        if (orgContacts != null) {
            OrganizationRules.checkContacts(orgContacts, problems);
            checkContactsBelong(org.id(), orgContacts, problems);
        }
        problems.throwIfAny();

        LocalDate today = LocalDate.now(clock);
        LocalDate since = org.status() == MemberStatus.ACTIVE && org.memberSince() == null ? today : org.memberSince();
        // archiving and restoring have their own commands: an edit never changes it
        Organization toWrite = org.withMembership(org.status(), since, org.renewalDue())
                .withArchivedAt(before.map(Organization::archivedAt).orElse(null));
        StatusChange change = before.isPresent() && before.get().status() == org.status() ? null
                : new StatusChange(org.status(), today);
        return organizations.save(toWrite, NameKey.of(org.name()), orgContacts, change, now());
    }

    private void checkNameFree(Organization org, Problems problems) {
        String key = NameKey.of(org.name());
        if (key.isEmpty()) {
            return;
        }
        organizations.findByNameKey(key).filter(other -> !other.id().equals(org.id())).ifPresent(other ->
                problems.onField("name", "members.field.name", other.archived() ? "members.rules.takenArchived"
                        : "members.rules.taken", org.name(), other.name()));
    }

    private void checkContactsBelong(Long orgId, List<Contact> orgContacts, Problems problems) {
        for (int i = 0; i < orgContacts.size(); i++) {
            Contact c = orgContacts.get(i);
            if (c.id() == null) {
                continue;
            }
            Optional<Contact> stored = contacts.find(c.id());
            String key = "contact" + (i + 1);
            Wording label = Wording.of("members.rules.contactNumber", String.valueOf(i + 1));
            if (stored.isEmpty()) {
                problems.add(new Problem(0, key, label, Wording.of("members.rules.contactGone",
                        String.valueOf(c.id()))));
            } else if (stored.get().organizationId() != null && !stored.get().organizationId().equals(orgId)) {
                problems.add(new Problem(0, key, label, Wording.of("members.rules.otherOrganization", c.fullName())));
            }
        }
    }

    /**
     * Checks and saves one contact: standing alone ({@code organizationId} null) or of an organization. Refused when
     * it would be a second primary contact of its organization.
     */
    public long saveContact(Contact given) throws InvalidInputException {
        Contact c = OrganizationRules.tidy(given);
        Problems problems = new Problems();
        OrganizationRules.check(c, 0, problems);
        Optional<Contact> before = c.id() == null ? Optional.empty() : contacts.find(c.id());
        if (c.id() != null && before.isEmpty()) {
            throw contactGone(c.id());
        }
        if (c.organizationId() != null) {
            if (organizations.find(c.organizationId()).isEmpty()) {
                problems.add(gone().problems().get(0));
            } else if (c.primary()) {
                contacts.forOrganization(c.organizationId()).stream()
                        .filter(other -> other.primary() && !other.id().equals(c.id())).findFirst()
                        .ifPresent(other -> problems.onField("primary", "members.contact.primary",
                                "members.rules.otherPrimary", other.fullName()));
            }
        }
        problems.throwIfAny();
        Contact toWrite = new Contact(c.id(), c.organizationId(), c.fullName(), c.roleTitle(), c.email(), c.phone(),
                c.primary() && c.organizationId() != null, c.emailConsent(), c.notes(),
                before.map(Contact::archivedAt).orElse(null));
        return contacts.save(toWrite, now());
    }

    /** Changes the status as of {@code on} (e.g. the day a renewal was missed) and records it in the history. */
    public void changeStatus(long id, MemberStatus status, LocalDate on) throws InvalidInputException {
        Organization org = organizations.find(id).orElseThrow(() -> gone(id));
        if (!org.status().canBecome(status)) {
            throw new InvalidInputException(statusRefused(org.status(), status));
        }
        if (status != org.status()) {
            organizations.changeStatus(id, new StatusChange(status, on), now());
        }
    }

    /** Hides the organization from the roster; it stays in the archived view, with everything that refers to it. */
    public void archive(long id) throws InvalidInputException {
        organizations.find(id).orElseThrow(() -> gone(id));
        organizations.setArchived(id, now(), now());
    }

    public void restore(long id) throws InvalidInputException {
        organizations.find(id).orElseThrow(() -> gone(id));
        organizations.setArchived(id, null, now());
    }

    public void archiveContact(long contactId) throws InvalidInputException {
        contacts.find(contactId).orElseThrow(() -> contactGone(contactId));
        contacts.setArchived(contactId, now(), now());
    }

    public void restoreContact(long contactId) throws InvalidInputException {
        contacts.find(contactId).orElseThrow(() -> contactGone(contactId));
        contacts.setArchived(contactId, null, now());
    }

    /**
     * The roster rows the filter keeps, ordered by name; attention is judged against today's date. Reads full rows:
     * right for the CLI and for loading the roster, too slow to repeat per keystroke over a large roster (see
     * {@link #matcher}).
     */
    public List<MemberRow> list(MemberFilter filter) {
        return organizations.list(filter, LocalDate.now(clock));
    }

    /**
     * The filter as a test on rows already loaded (the fast path for search-as-you-type): the screen loads the whole
     * roster once with {@code list(MemberFilter.all())} (and the archived view when asked), then on each keystroke
     * narrows it in memory with this predicate. Only the search text touches the store, reading the search index for
     * matching ids; at 100,000 organizations that is a few milliseconds where re-reading thousands of full rows per
     * keystroke is not. Text of three characters or more matches anywhere in names, contact names and e-mails
     * (Unicode case and accents folded); one or two characters match the start of a name or an e-mail address.
     */
    public Predicate<MemberRow> matcher(MemberFilter filter) {
        SearchText search = SearchText.of(filter.text());
        if (search == null) {
            return filter::keeps;
        }
        Set<Long> ids = organizations.matchingIds(search);
        return row -> filter.keeps(row) && ids.contains(row.id());
    }

    /** The tiers in use, for the filter choices. */
    public List<String> tiers() {
        return organizations.distinctTiers();
    }

    /** The sectors in use, for the filter choices. */
    public List<String> sectors() {
        return organizations.distinctSectors();
    }

    /** The organization (archived or not) whose name is the same as {@code name} by {@link NameKey}. */
    public Optional<Organization> findByName(String name) {
        String key = NameKey.of(name);
        return key.isEmpty() ? Optional.empty() : organizations.findByNameKey(key);
    }

    /** Everything the detail pane shows; throws NoSuchElementException for an unknown id. */
    public MemberDetail get(long id) {
        Organization org = organizations.find(id)
                .orElseThrow(() -> new NoSuchElementException("No organization with id " + id));
        return new MemberDetail(org, contacts.forOrganization(id), organizations.statusHistory(id),
                organizations.pledgeCount(id), organizations.contributedMinutes(id));
    }

    public Optional<Contact> contact(long contactId) {
        return contacts.find(contactId);
    }

    /** Contacts with no organization (e.g. project maintainers); archived ones when {@code archived}. */
    public List<Contact> standaloneContacts(boolean archived) {
        return contacts.standalone(archived);
    }

    /** Current contacts whose name or e-mail contains the text, for pickers (at most 50). */
    public List<Contact> findContacts(String text) {
        return contacts.search(text == null ? "" : text, CONTACT_SEARCH_LIMIT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static InvalidInputException gone(long id) {
        return gone();
    }

    private static InvalidInputException gone() {
        return new InvalidInputException(Problem.onField("member", "members.rules.member", "members.rules.memberGone"));
    }

    private static InvalidInputException contactGone(long id) {
        return new InvalidInputException(Problem.onField("contact", "members.rules.contact",
                "members.rules.contactGone",
                String.valueOf(id)));
    }

    private static Problem statusRefused(MemberStatus from, MemberStatus to) {
        return Problem.onField("status", "members.field.status", "members.rules.status",
                Wording.of("members.status." + from.name().toLowerCase(java.util.Locale.ROOT)),
                Wording.of("members.status." + to.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
