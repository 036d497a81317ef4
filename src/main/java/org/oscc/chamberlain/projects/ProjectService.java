package org.oscc.chamberlain.projects;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.NameKey;
import org.oscc.chamberlain.members.WebAddress;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problems;

/**
 * Open-source projects and communities: unique names (by {@link NameKey}), tidy links, a plausible SPDX licence, key
 * people, archiving, and a read-only view of the pitches that named a project.
 */
public class ProjectService {
    private final ProjectRepository projects;
    private final ContactRepository contacts;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, ContactRepository contacts, Clock clock) {
        this.projects = projects;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Checks and saves a project; links get https:// when typed without a scheme. @return its id */
    public long save(Project given) throws InvalidInputException {
        Project p = tidy(given);
        Optional<Project> before = p.id() == null ? Optional.empty() : projects.find(p.id());
        if (p.id() != null && before.isEmpty()) {
            throw new InvalidInputException("Project", "no longer exists (id " + p.id() + ").");
        }
        Problems problems = new Problems();
        String key = NameKey.of(p.name());
        if (p.name() == null || p.name().isEmpty()) {
            problems.add("name", "Name", "is required.");
        } else if (key.isEmpty()) {
            problems.add("name", "Name", "\"" + p.name() + "\" needs at least one letter, digit or symbol.");
        } else {
            projects.findByNameKey(key).filter(other -> !other.id().equals(p.id())).ifPresent(other ->
                    problems.add("name", "Name", "\"" + p.name() + "\" is already taken by \"" + other.name() + "\""
                            + (other.archived() ? " (archived: restore it instead of adding it again)." : ".")));
        }
        if (p.repositoryUrl() != null && !WebAddress.isValid(p.repositoryUrl())) {
            problems.add("repository", "Repository", "\"" + p.repositoryUrl() + "\" is not a web address.");
        }
        if (p.website() != null && !WebAddress.isValid(p.website())) {
            problems.add("website", "Website", "\"" + p.website() + "\" is not a web address.");
        }
        if (p.licenceSpdx() != null && !SpdxLicence.looksValid(p.licenceSpdx())) {
            problems.add("licence", "Licence", "\"" + p.licenceSpdx() + "\" is not an SPDX licence id (e.g. Apache-2.0, MIT, "
                    + "GPL-3.0-or-later).");
        }
        problems.throwIfAny();
        // archiving and restoring have their own commands: an edit never changes it
        return projects.save(p.withArchivedAt(before.map(Project::archivedAt).orElse(null)), key, now());
    }

    private static Project tidy(Project p) {
        return new Project(p.id(), p.name() == null ? null : p.name().strip(), WebAddress.normalize(p.repositoryUrl()),
                WebAddress.normalize(p.website()), blankToNull(p.licenceSpdx()),
                p.stage() == null ? ProjectStage.EMERGING : p.stage(),
                p.description() == null || p.description().isBlank() ? null : p.description(), p.archivedAt());
    }

    public void archive(long id) throws InvalidInputException {
        find(id);
        projects.setArchived(id, now(), now());
    }

    public void restore(long id) throws InvalidInputException {
        find(id);
        projects.setArchived(id, null, now());
    }

    /** Makes the contact a key person of the project with this role, or changes the role of one already there. */
    public void addKeyPerson(long projectId, long contactId, String role) throws InvalidInputException {
        find(projectId);
        if (contacts.find(contactId).isEmpty()) {
            throw new InvalidInputException("Key person", "the contact no longer exists (id " + contactId + ").");
        }
        projects.putKeyPerson(projectId, contactId, blankToNull(role));
    }

    /** Removes the contact from the project's key people (the contact itself stays). */
    public void removeKeyPerson(long projectId, long contactId) {
        projects.removeKeyPerson(projectId, contactId);
    }

    /**
     * Projects whose name or repository address contains {@code text} (Unicode case folded; blank text keeps all),
     * current ones or archived ones. A chamber supports hundreds of projects, not the roster's hundred thousand
     * members, so the matching is done here rather than through an index.
     */
    public List<ProjectRow> search(String text, boolean archived) {
        String wanted = fold(text);
        return projects.rows(archived).stream()
                .filter(r -> wanted.isEmpty() || fold(r.name()).contains(wanted)
                        || (r.repositoryUrl() != null && fold(r.repositoryUrl()).contains(wanted)))
                .toList();
    }

    /** The project with its key people and the pitches that named it. */
    public ProjectDetail get(long id) {
        Project p = projects.find(id).orElseThrow(() -> new NoSuchElementException("No project with id " + id));
        return new ProjectDetail(p, projects.keyPeople(id), projects.pitches(id));
    }

    /** The pitch-night slots that name the project (read-only): night title, date, slot title and presenter. */
    public List<ProjectPitch> pitchesNaming(long projectId) {
        return projects.pitches(projectId);
    }

    /** The project (archived or not) whose name is the same as {@code name} by {@link NameKey}. */
    public Optional<Project> findByName(String name) {
        String key = NameKey.of(name);
        return key.isEmpty() ? Optional.empty() : projects.findByNameKey(key);
    }

    private Project find(long id) throws InvalidInputException {
        return projects.find(id).orElseThrow(() -> new InvalidInputException("Project",
                "no longer exists (id " + id + ")."));
    }

    private static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
