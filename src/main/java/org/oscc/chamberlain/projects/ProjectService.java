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
import org.oscc.chamberlain.validation.Problem;
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
            throw gone(p.id());
        }
        Problems problems = new Problems();
        String key = NameKey.of(p.name());
        if (p.name() == null || p.name().isEmpty()) {
            problems.onField("name", "projects.field.name", "projects.problem.required");
        } else if (key.isEmpty()) {
            problems.onField("name", "projects.field.name", "projects.problem.noLetter", p.name());
        } else {
            projects.findByNameKey(key).filter(other -> !other.id().equals(p.id())).ifPresent(other ->
                    problems.onField("name", "projects.field.name", other.archived() ? "projects.problem.takenArchived"
                            : "projects.problem.taken", p.name(), other.name()));
        }
        if (p.repositoryUrl() != null && !WebAddress.isValid(p.repositoryUrl())) {
            problems.onField("repository", "projects.field.repository", "projects.problem.webAddress",
                    p.repositoryUrl());
        }
        if (p.website() != null && !WebAddress.isValid(p.website())) {
            problems.onField("website", "projects.field.website", "projects.problem.webAddress", p.website());
        }
        if (p.licenceSpdx() != null && !SpdxLicence.looksValid(p.licenceSpdx())) {
            problems.onField("licence", "projects.problem.licence", "projects.problem.spdx", p.licenceSpdx());
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
            throw new InvalidInputException(Problem.onField("keyPerson", "projects.problem.keyPerson",
                    "projects.problem.contactGone", String.valueOf(contactId)));
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
        return projects.find(id).orElseThrow(() -> gone(id));
    }

    private static InvalidInputException gone(long id) {
        return new InvalidInputException(Problem.onField("project", "projects.problem.project", "projects.problem.gone",
                String.valueOf(id)));
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
