package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Exports the member roster. As a workbook: a "Members" sheet (one row per organization, with its primary
 * contact, IT headcount totalled, lapsed members shaded) and a "Contacts" sheet. As CSV, which holds one table
 * only: one line per contact joined with its organization's columns, plus one line for each member without
 * contacts and one for each contact without an organization, so that nobody on the roster is left out. Archived
 * members and contacts are not exported.
 */
public class RosterExporter {
    static final String MEMBERS_SHEET = "Members";
    static final String CONTACTS_SHEET = "Contacts";

    static final List<Column<RosterMember>> MEMBER_COLUMNS = List.of(
            Column.text("Name", RosterMember::name),
            Column.text("Kind", (RosterMember m) -> label(m.kind())),
            Column.text("Sector", RosterMember::sector),
            Column.text("City", RosterMember::city),
            Column.text("Tier", RosterMember::tier),
            Column.text("Status", (RosterMember m) -> label(m.status())),
            Column.of("Member since", CellKind.DATE, RosterMember::memberSince),
            Column.of("Renewal due", CellKind.DATE, RosterMember::renewalDue),
            Column.of("IT headcount", CellKind.INTEGER, RosterMember::itHeadcount),
            Column.text("Website", RosterMember::website),
            Column.text("Primary contact", RosterMember::primaryContactName),
            Column.text("E-mail", RosterMember::primaryContactEmail),
            Column.of("Phone", CellKind.TEXT_AS_IS, RosterMember::primaryContactPhone));
    static final int STATUS_COLUMN = 5;

    static final List<Column<RosterContact>> CONTACT_COLUMNS = List.of(
            Column.text("Organization", RosterContact::organization),
            Column.text("Name", RosterContact::fullName),
            Column.text("Role", RosterContact::role),
            Column.text("E-mail", RosterContact::email),
            Column.of("Phone", CellKind.TEXT_AS_IS, RosterContact::phone),
            Column.text("Primary contact", (RosterContact c) -> c.primary() ? "Yes" : ""),
            Column.text("E-mail consent", (RosterContact c) -> c.emailConsent() ? "Yes" : "No"));

    static final List<Column<RosterLine>> LINE_COLUMNS = lineColumns();

    private final RosterRepository roster;
    private final SettingsService settings;

    public RosterExporter(RosterRepository roster, SettingsService settings) {
        this.roster = roster;
        this.settings = settings;
    }

    /** Writes the roster in the format the file name asks for; nothing is left behind when cancelled or failed. */
    public ExportResult export(Path target, Progress progress)
            throws InvalidInputException, IOException, ExportCancelledException {
        return ExportFormat.of(target) == ExportFormat.XLSX ? exportXlsx(target, progress)
                : exportCsv(target, progress);
    }

    public ExportResult exportXlsx(Path target, Progress progress)
            throws IOException, ExportCancelledException, InvalidInputException {
        ExportProgress counter = new ExportProgress(progress, (long) roster.countMembers() + roster.countContacts());
        String chamber = settings.current().chamberName();
        SafeOutput.write(target, out -> {
            try (WorkbookWriter workbook = new WorkbookWriter(chamber)) {
                SheetWriter<RosterMember> members = workbook.sheet(MEMBERS_SHEET, MEMBER_COLUMNS);
                try (Stream<RosterMember> rows = roster.members()) {
                    members.writeRows(rows.iterator(), counter);
                }
                members.totalsRow("Total").highlightWhenTextEquals(STATUS_COLUMN, "Lapsed", Highlight.AMBER);
                SheetWriter<RosterContact> contacts = workbook.sheet(CONTACTS_SHEET, CONTACT_COLUMNS);
                try (Stream<RosterContact> rows = roster.contacts()) {
                    contacts.writeRows(rows.iterator(), counter);
                }
                counter.checkCancelled();
                workbook.write(out);
            }
        });
        counter.finish();
        return new ExportResult(target, ExportFormat.XLSX, counter.done());
    }

    public ExportResult exportCsv(Path target, Progress progress)
            throws IOException, ExportCancelledException, InvalidInputException {
        ExportProgress counter = new ExportProgress(progress, roster.countLines());
        SafeOutput.write(target, out -> {
            try (Stream<RosterLine> rows = roster.lines()) {
                new CsvWriter<>(LINE_COLUMNS).write(out, rows.iterator(), counter);
            }
        });
        counter.finish();
        return new ExportResult(target, ExportFormat.CSV, counter.done());
    }

    private static List<Column<RosterLine>> lineColumns() {
        Function<Column<RosterMember>, Column<RosterLine>> ofMember = c -> new Column<>(c.header(), c.kind(),
                (RosterLine l) -> l.member() == null ? null : c.valueOf(l.member()), c.widthHint());
        Function<Column<RosterContact>, Column<RosterLine>> ofContact = c -> new Column<>(c.header(), c.kind(),
                (RosterLine l) -> l.contact() == null ? null : c.valueOf(l.contact()), c.widthHint());
        // the member's own columns, without its primary contact (each contact has its own line)
        Stream<Column<RosterLine>> member = MEMBER_COLUMNS.subList(0, 10).stream().map(ofMember)
                .map(c -> c.header().equals("Name") ? new Column<>("Organization", c.kind(), c.value(), 0) : c);
        Stream<Column<RosterLine>> contact = CONTACT_COLUMNS.subList(1, CONTACT_COLUMNS.size()).stream()
                .map(ofContact).map(c -> c.header().equals("Name") ? new Column<>("Contact", c.kind(), c.value(), 0)
                        : c);
        return Stream.concat(member, contact).toList();
    }

    /** "PUBLIC_SECTOR" as people write it: "Public sector". */
    static String label(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
