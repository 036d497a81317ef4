package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Exports the member roster, in the chamber's document language. As a workbook: a "Members" sheet (one row per
 * organization, with its primary contact, IT headcount totalled, lapsed members shaded) and a "Contacts" sheet.
 * As CSV, which holds one table
 * only: one line per contact joined with its organization's columns, plus one line for each member without
 * contacts and one for each contact without an organization, so that nobody on the roster is left out. Archived
 * members and contacts are not exported.
 */
public class RosterExporter {
    static List<Column<RosterMember>> memberColumns(Locale l) {
        return List.of(
                Column.text(h(l, "name"), RosterMember::name),
                Column.text(h(l, "kind"), (RosterMember m) -> ExportWords.organizationKind(l, m.kind())),
                Column.text(h(l, "sector"), RosterMember::sector),
                Column.text(h(l, "city"), RosterMember::city),
                Column.text(h(l, "tier"), RosterMember::tier),
                Column.text(h(l, "status"), (RosterMember m) -> ExportWords.memberStatus(l, m.status())),
                Column.of(h(l, "memberSince"), CellKind.DATE, RosterMember::memberSince),
                Column.of(h(l, "renewalDue"), CellKind.DATE, RosterMember::renewalDue),
                Column.of(h(l, "itHeadcount"), CellKind.INTEGER, RosterMember::itHeadcount),
                Column.text(h(l, "website"), RosterMember::website),
                Column.text(h(l, "primaryContact"), RosterMember::primaryContactName),
                Column.text(h(l, "email"), RosterMember::primaryContactEmail),
                Column.of(h(l, "phone"), CellKind.TEXT_AS_IS, RosterMember::primaryContactPhone));
    }

    static final int STATUS_COLUMN = 5;

    static List<Column<RosterContact>> contactColumns(Locale l) {
        String yes = Messages.in(l, "workbook.yes");
        String no = Messages.in(l, "workbook.no");
        return List.of(
                Column.text(h(l, "organization"), RosterContact::organization),
                Column.text(h(l, "name"), RosterContact::fullName),
                Column.text(h(l, "role"), RosterContact::role),
                Column.text(h(l, "email"), RosterContact::email),
                Column.of(h(l, "phone"), CellKind.TEXT_AS_IS, RosterContact::phone),
                Column.text(h(l, "primaryContact"), (RosterContact c) -> c.primary() ? yes : ""),
                Column.text(h(l, "emailConsent"), (RosterContact c) -> c.emailConsent() ? yes : no));
    }

    private final RosterRepository roster;
    private final SettingsService settings;

    public RosterExporter(RosterRepository roster, SettingsService settings) {
        this.roster = roster;
        this.settings = settings;
    }

    /** Writes the roster in the format the file name asks for; nothing is left behind when cancelled or failed. */
    public ExportResult export(Path target, Progress progress)
            throws InvalidInputException, IOException, ExportCancelledException {
        return export(target, null, progress);
    }

    /** The same, in {@code language} (null: the chamber's document language). */
    public ExportResult export(Path target, Locale language, Progress progress)
            throws InvalidInputException, IOException, ExportCancelledException {
        Locale l = language != null ? language : settings.current().documentLanguage();
        return ExportFormat.of(target) == ExportFormat.XLSX ? exportXlsx(target, l, progress)
                : exportCsv(target, l, progress);
    }

    public ExportResult exportXlsx(Path target, Progress progress)
            throws IOException, ExportCancelledException, InvalidInputException {
        return exportXlsx(target, settings.current().documentLanguage(), progress);
    }

    public ExportResult exportXlsx(Path target, Locale l, Progress progress)
            throws IOException, ExportCancelledException, InvalidInputException {
        ExportProgress counter = new ExportProgress(progress, (long) roster.countMembers() + roster.countContacts());
        String chamber = settings.current().chamberName();
        SafeOutput.write(target, out -> {
            try (WorkbookWriter workbook = new WorkbookWriter(chamber, l)) {
                SheetWriter<RosterMember> members = workbook.sheet(Messages.in(l, "workbook.sheet.members"),
                        memberColumns(l));
                try (Stream<RosterMember> rows = roster.members()) {
                    members.writeRows(rows.iterator(), counter);
                }
                members.totalsRow(Messages.in(l, "workbook.total")).highlightWhenTextEquals(STATUS_COLUMN,
                        ExportWords.memberStatus(l, "LAPSED"), Highlight.AMBER);
                SheetWriter<RosterContact> contacts = workbook.sheet(Messages.in(l, "workbook.sheet.contacts"),
                        contactColumns(l));
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
        return exportCsv(target, settings.current().documentLanguage(), progress);
    }

    public ExportResult exportCsv(Path target, Locale l, Progress progress)
            throws IOException, ExportCancelledException, InvalidInputException {
        ExportProgress counter = new ExportProgress(progress, roster.countLines());
        SafeOutput.write(target, out -> {
            try (Stream<RosterLine> rows = roster.lines()) {
                new CsvWriter<>(lineColumns(l)).write(out, rows.iterator(), counter);
            }
        });
        counter.finish();
        return new ExportResult(target, ExportFormat.CSV, counter.done());
    }

    static List<Column<RosterLine>> lineColumns(Locale l) {
        List<Column<RosterMember>> memberColumns = memberColumns(l);
        List<Column<RosterContact>> contactColumns = contactColumns(l);
        String name = h(l, "name");
        Function<Column<RosterMember>, Column<RosterLine>> ofMember = c -> new Column<>(c.header(), c.kind(),
                (RosterLine line) -> line.member() == null ? null : c.valueOf(line.member()), c.widthHint());
        Function<Column<RosterContact>, Column<RosterLine>> ofContact = c -> new Column<>(c.header(), c.kind(),
                (RosterLine line) -> line.contact() == null ? null : c.valueOf(line.contact()), c.widthHint());
        // the member's own columns, without its primary contact (each contact has its own line)
        Stream<Column<RosterLine>> member = memberColumns.subList(0, 10).stream().map(ofMember)
                .map(c -> c.header().equals(name) ? new Column<>(h(l, "organization"), c.kind(), c.value(), 0) : c);
        Stream<Column<RosterLine>> contact = contactColumns.subList(1, contactColumns.size()).stream()
                .map(ofContact).map(c -> c.header().equals(name) ? new Column<>(h(l, "contact"), c.kind(), c.value(),
                        0) : c);
        return Stream.concat(member, contact).toList();
    }

    private static String h(Locale language, String name) {
        return BoardReportWriter.h(language, name);
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
