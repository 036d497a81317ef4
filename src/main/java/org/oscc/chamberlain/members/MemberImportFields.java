package org.oscc.chamberlain.members;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscc.chamberlain.importing.DuplicateKeys;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ImportPlan;
import org.oscc.chamberlain.importing.MappedRow;
import org.oscc.chamberlain.importing.ValueType;
import org.oscc.chamberlain.text.Messages;

/**
 * What a member roster spreadsheet may hold (organization and primary contact fields, with the English and French
 * header names they are recognised by), how a row becomes a {@link NewMember}, and what makes two the same (the
 * organization's {@link NameKey}, the contact's e-mail key).
 */
public final class MemberImportFields {
    public static final String NAME_KIND = "name";
    public static final String EMAIL_KIND = "e-mail";

    public static final List<ImportField> FIELDS = List.of(
            ImportField.of("name", "Organization", ValueType.TEXT, "Organisation", "Organization name", "Company",
                    "Company name", "Member", "Name", "Nom", "Nom de l'organisation", "Organisme", "Entreprise",
                    "Société", "Membre").asRequired(),
            ImportField.of("kind", "Kind", ValueType.CHOICE, "Type", "Organization type", "Type d'organisation",
                    "Genre")
                    .withChoice("COMPANY", "company", "business", "private", "entreprise", "société", "privé")
                    .withChoice("PUBLIC_SECTOR", "public sector", "public", "government", "gouvernement",
                            "secteur public")
                    .withChoice("NON_PROFIT", "non-profit", "nonprofit", "not for profit", "charity", "NPO", "OBNL",
                            "organisme sans but lucratif", "sans but lucratif")
                    .withChoice("ACADEMIC", "academic", "university", "college", "research", "université",
                            "collège", "recherche", "académique"),
            ImportField.of("sector", "Sector", ValueType.TEXT, "Industry", "Secteur", "Secteur d'activité",
                    "Industrie"),
            ImportField.of("website", "Website", ValueType.WEBSITE, "Web site", "Site", "Site web", "Site Internet",
                    "URL", "Web"),
            ImportField.of("city", "City", ValueType.TEXT, "Town", "Ville", "Municipalité"),
            ImportField.of("itHeadcount", "IT headcount", ValueType.COUNT, "IT staff", "IT employees",
                    "Developers", "Effectif TI", "Employés TI", "Informaticiens"),
            ImportField.of("totalHeadcount", "Total headcount", ValueType.COUNT, "Headcount", "Employees",
                    "Staff", "Effectif", "Effectif total", "Employés", "Nombre d'employés"),
            ImportField.of("tier", "Tier", ValueType.TEXT, "Membership tier", "Level", "Niveau", "Catégorie",
                    "Palier"),
            ImportField.of("status", "Status", ValueType.CHOICE, "Member status", "Membership status", "Statut",
                    "État")
                    .withChoice("PROSPECT", "prospect", "lead", "candidate", "potentiel", "candidat")
                    .withChoice("ACTIVE", "active", "member", "current", "actif", "active", "membre", "en règle")
                    .withChoice("LAPSED", "lapsed", "expired", "overdue", "échu", "expiré", "en retard")
                    .withChoice("WITHDRAWN", "withdrawn", "left", "cancelled", "retiré", "démissionnaire", "annulé"),
            ImportField.of("memberSince", "Member since", ValueType.DATE, "Joined", "Join date", "Membre depuis",
                    "Date d'adhésion", "Adhésion", "Inscrit le"),
            ImportField.of("renewalDue", "Renewal due", ValueType.DATE, "Renewal", "Renewal date", "Renouvellement",
                    "Date de renouvellement", "Échéance"),
            ImportField.of("notes", "Notes", ValueType.TEXT, "Note", "Comments", "Remarques", "Commentaires"),
            ImportField.of("contactName", "Primary contact", ValueType.TEXT, "Contact", "Contact name",
                    "Primary contact name", "Contact principal", "Nom du contact", "Personne-ressource",
                    "Personne ressource"),
            ImportField.of("contactRole", "Role", ValueType.TEXT, "Title", "Job title", "Contact role",
                    "Contact title", "Rôle", "Titre", "Fonction", "Poste"),
            ImportField.of("contactEmail", "E-mail", ValueType.EMAIL, "Email", "Email address", "E-mail address",
                    "Contact e-mail", "Contact email", "Courriel", "Adresse courriel", "Courriel du contact"),
            ImportField.of("contactPhone", "Phone", ValueType.TEXT, "Telephone", "Tel", "Phone number",
                    "Téléphone", "Tél", "Numéro de téléphone"),
            ImportField.of("consent", "May we e-mail", ValueType.BOOLEAN, "Consent", "E-mail consent",
                    "Email consent", "Opt-in", "Consentement", "Consentement courriel"));

    private MemberImportFields() {
    }

    /** The import plan for member rosters. */
    public static ImportPlan<NewMember> plan() {
        return new ImportPlan<>(FIELDS, MemberImportFields::toMember, KEYS);
    }

    static final DuplicateKeys<NewMember> KEYS = m -> {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(NAME_KIND, m.nameKey());
        keys.put(EMAIL_KIND, m.emailKey());
        return keys;
    };

    /**
     * Builds the row's member, recording the checks that need two fields.
     */
    static NewMember toMember(MappedRow row) {
        String name = row.text("name");
        if (NameKey.of(name).isEmpty()) {
            row.problem("name", Messages.get("memberImport.check.noLetter", name));
        }
        Integer it = row.integer("itHeadcount");
        Integer total = row.integer("totalHeadcount");
        if (it != null && total != null && it > total) {
            row.problem("itHeadcount", Messages.get("memberImport.check.itAboveTotal", it, total));
        }
        var since = row.date("memberSince");
        var due = row.date("renewalDue");
        if (since != null && due != null && due.isBefore(since)) {
            row.problem("renewalDue", Messages.get("memberImport.check.renewalBefore", due.toString(), since.toString()));
        }
        boolean contactGiven = row.has("contactName") || row.has("contactEmail") || row.has("contactRole")
                || row.has("contactPhone");
        String contactName = row.text("contactName");
        if (contactGiven && contactName == null) {
            String email = row.text("contactEmail");
            if (email == null) {
                row.problem("contactName", Messages.get("memberImport.check.noContact"));
            } else {
                // an address alone still reaches someone: its local part names the contact until edited
                contactName = email.substring(0, email.indexOf('@'));
            }
        }
        if (row.hasProblems()) {
            return null;
        }
        // left null when not given: an update then keeps the stored value; see NewMember for a new one's defaults
        MemberStatus status = row.has("status") ? MemberStatus.valueOf(row.text("status")) : null;
        OrganizationKind kind = row.has("kind") ? OrganizationKind.valueOf(row.text("kind")) : null;
        Organization org = new Organization(null, name, kind, row.text("sector"), row.text("website"),
                row.text("city"), it, total, row.text("tier"), status, since, due, row.text("notes"), null);
        Contact contact = !contactGiven ? null : new Contact(null, null, contactName, row.text("contactRole"),
                row.text("contactEmail"), row.text("contactPhone"), true, Boolean.TRUE.equals(row.bool("consent")),
                null, null);
        return new NewMember(org, contact);
    }
}
