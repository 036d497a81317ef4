package org.oscc.chamberlain.pledges;

import java.util.List;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ValueType;

/**
 * What a pledge spreadsheet may hold: the fields of a pledge with the English and French header names and the
 * words for kinds and statuses people write in either language (whatever the screens' language, a file in either
 * one is read). Labels are shown from the bundle's {@code importing.field.*}.
 */
final class PledgeImportFields {
    static final List<ImportField> FIELDS = List.of(
            ImportField.of("member", "Member", ValueType.TEXT, "Organization", "Organisation", "Company", "Membre",
                    "Entreprise", "Member name", "Nom du membre").asRequired(),
            ImportField.of("project", "Project", ValueType.TEXT, "Projet", "Project name", "For", "Nom du projet"),
            ImportField.of("kind", "Kind", ValueType.CHOICE, "Type", "Pledge kind", "Sorte", "Type d'engagement")
                    .withChoice(PledgeKind.HOURS.name(), "hours", "heures", "hours pledge", "time", "temps")
                    .withChoice(PledgeKind.PERCENT_OF_WORKFORCE.name(), "percent", "percent of workforce",
                            "% of workforce", "workforce", "pourcentage", "pourcentage de l'effectif",
                            "% de l'effectif", "effectif"),
            ImportField.of("hours", "Hours", ValueType.HOURS, "Heures", "Pledged hours", "Hours pledged",
                    "Heures promises", "Heures engagées"),
            ImportField.of("percent", "Percent of workforce", ValueType.PERCENT, "Percent", "% of workforce",
                    "Pourcentage", "Pourcentage de l'effectif", "% de l'effectif"),
            ImportField.of("headcount", "Headcount basis", ValueType.COUNT, "Headcount", "IT headcount", "Effectif",
                    "Effectif TI", "Effectif de référence"),
            ImportField.of("start", "Period start", ValueType.DATE, "Start", "From", "Début", "Du", "Starts",
                    "Début de la période").asRequired(),
            ImportField.of("end", "Period end", ValueType.DATE, "End", "To", "Until", "Fin", "Au", "Ends",
                    "Fin de la période"),
            ImportField.of("status", "Status", ValueType.CHOICE, "Statut", "Pledge status", "État")
                    .withChoice(PledgeStatus.DRAFT.name(), "draft", "brouillon", "ébauche", "unsigned", "non signé")
                    .withChoice(PledgeStatus.ACTIVE.name(), "active", "actif", "active pledge", "signed", "signé",
                            "en cours")
                    .withChoice(PledgeStatus.FULFILLED.name(), "fulfilled", "done", "complete", "réalisé",
                            "réalisée", "rempli", "terminé", "honoré")
                    .withChoice(PledgeStatus.LAPSED.name(), "lapsed", "expired", "échu", "expiré", "caduc")
                    .withChoice(PledgeStatus.CANCELLED.name(), "cancelled", "canceled", "withdrawn", "annulé",
                            "retiré"),
            ImportField.of("signed", "Signed on", ValueType.DATE, "Signed", "Signature", "Signé le", "Date signed",
                    "Date de signature"),
            ImportField.of("pitch", "Pitch", ValueType.TEXT, "Pitch night", "After pitch", "Soirée", "Soirée pitch",
                    "Présentation", "Soirée de présentations"),
            ImportField.of("notes", "Notes", ValueType.TEXT, "Note", "Comments", "Remarques", "Commentaires"));

    private PledgeImportFields() {
    }
}
