package org.oscc.chamberlain.pledges;

import java.util.List;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ValueType;
import org.oscc.chamberlain.text.Messages;

/**
 * What a timesheet may hold: the fields of a contribution, each with its label in the screens' language and the
 * English and French header names it is recognised by (whatever the language, a file in either one is read).
 */
public final class ContributionImportFields {
    private ContributionImportFields() {
    }

    /** The fields in the order the wizard lists them, labelled in the current language. */
    public static List<ImportField> fields() {
        return List.of(
                field("pledge", ValueType.COUNT, "Pledge ID", "Pledge", "Pledge #", "Pledge no", "Engagement",
                        "No engagement", "Numéro d'engagement", "N° d'engagement"),
                field("member", ValueType.TEXT, "Member", "Organization", "Organisation", "Company", "Membre",
                        "Entreprise", "Member name"),
                field("project", ValueType.TEXT, "Project", "Projet", "Project name", "Nom du projet"),
                field("date", ValueType.DATE, "Date", "Day", "Jour", "Contributed on", "Work date").asRequired(),
                field("hours", ValueType.HOURS, "Hours", "Heures", "Duration", "Durée", "Time spent", "Temps")
                        .asRequired(),
                field("contributor", ValueType.TEXT, "Contributor", "Contributeur", "Contributrice", "Person",
                        "Personne", "Who", "Qui", "Volunteer", "Bénévole"),
                field("description", ValueType.TEXT, "Description", "What", "Task", "Tâche", "Work", "Travail",
                        "Notes"),
                field("link", ValueType.WEBSITE, "Link", "Lien", "URL", "Pull request", "Issue"));
    }

    /** The label of the field {@code key} in the current language ("Hours", "Heures"). */
    public static String label(String key) {
        return Messages.get("contributionImport.field." + key);
    }

    private static ImportField field(String key, ValueType type, String... headers) {
        return ImportField.of(key, label(key), type, headers);
    }
}
