package org.oscc.chamberlain.members.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.MemberDetail;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationKind;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.FormModel;
import org.oscc.chamberlain.ui.IsoDates;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problems;

/**
 * What the member form edits: an organization's fields as typed, its contacts, whether they are saved, and what is
 * wrong with them. Typed text is read here (dates, counts, web address) and becomes a problem of its field.
 */
final class MemberFormModel extends FormModel {
    final StringProperty name = textField("name");
    final ObjectProperty<OrganizationKind> kind = valueField("kind");
    final ObjectProperty<MemberStatus> status = valueField("status");
    final StringProperty tier = textField("tier");
    final StringProperty sector = textField("sector");
    final StringProperty website = textField("website");
    final StringProperty city = textField("city");
    final StringProperty itHeadcount = textField("itHeadcount");
    final StringProperty totalHeadcount = textField("totalHeadcount");
    final StringProperty memberSince = textField("memberSince");
    final StringProperty renewalDue = textField("renewalDue");
    final StringProperty notes = textField("notes");
    final ObjectProperty<List<Contact>> contacts = valueField("contacts");

    private final MemberService members;
    private final BackgroundTasks tasks;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private Organization shown = Organization.named("");
    private Consumer<Long> saved = id -> { };

    MemberFormModel(MemberService members, BackgroundTasks tasks) {
        this.members = members;
        this.tasks = tasks;
        contacts.set(List.of());
    }

    /** Called with the member's id after each successful save. */
    void onSaved(Consumer<Long> listener) {
        this.saved = listener;
    }

    Organization shown() {
        return shown;
    }

    /** Shows a member as stored; {@code prepare} runs first (e.g. the status choices this member allows). */
    void show(MemberDetail d, Runnable prepare) {
        Organization o = d.organization();
        shown = o;
        load(() -> {
            prepare.run();
            name.set(text(o.name()));
            kind.set(o.kind());
            status.set(o.status());
            tier.set(text(o.tier()));
            sector.set(text(o.sector()));
            website.set(text(o.website()));
            city.set(text(o.city()));
            itHeadcount.set(o.itHeadcount() == null ? "" : o.itHeadcount().toString());
            totalHeadcount.set(o.totalHeadcount() == null ? "" : o.totalHeadcount().toString());
            memberSince.set(date(o.memberSince()));
            renewalDue.set(date(o.renewalDue()));
            notes.set(text(o.notes()));
            contacts.set(List.copyOf(d.contacts()));
        });
    }

    /** The organization as typed, or empty with every problem shown on its field. */
    Optional<Organization> read() {
        Problems problems = new Problems();
        if (name.get() == null || name.get().isBlank()) {
            problems.onField("name", labelKey("name"), "members.invalid.name");
        }
        Parsed<String> site = parsers.website(text(website.get()));
        if (site.failed()) {
            problems.onField("website", labelKey("website"), Wording.plain(site.problem() + "."));
        }
        Parsed<Integer> it = count("itHeadcount", itHeadcount.get(), problems);
        Parsed<Integer> total = count("totalHeadcount", totalHeadcount.get(), problems);
        if (it.value() != null && total.value() != null && it.value() > total.value()) {
            problems.onField("itHeadcount", labelKey("itHeadcount"), "members.invalid.itAboveTotal", it.value(),
                    total.value());
        }
        Parsed<LocalDate> since = date("memberSince", memberSince.get(), problems);
        Parsed<LocalDate> renewal = date("renewalDue", renewalDue.get(), problems);
        if (since.value() != null && renewal.value() != null && renewal.value().isBefore(since.value())) {
            problems.onField("renewalDue", labelKey("renewalDue"), "members.invalid.renewal");
        }
        if (!problems.isEmpty()) {
            showProblems(problems.list());
            return Optional.empty();
        }
        return Optional.of(new Organization(shown.id(), name.get().strip(), kind.get(), blank(sector.get()),
                site.value(), blank(city.get()), it.value(), total.value(), blank(tier.get()), status.get(),
                since.value(), renewal.value(), blank(notes.get()) == null ? null : notes.get(), shown.archivedAt()));
    }

    @Override
    public void save(Consumer<Boolean> done) {
        Optional<Organization> edited = read();
        if (edited.isEmpty()) {
            done.accept(false);
            return;
        }
        List<Contact> list = List.copyOf(contacts.get());
        storeInBackground(tasks, Messages.get("members.saving"), () -> members.save(edited.get(), list), id -> {
            shown = edited.get().withId(id);
            saved.accept(id);
        }, Messages.get("members.saved"), done);
    }

    @Override
    public String unsavedName() {
        String n = shown.id() == null ? name.get() : shown.name();
        return n == null || n.isBlank() ? Messages.get("members.unsaved.new")
                : Messages.get("members.unsaved.name", n);
    }

    /** Shown for a status line after the save's reload (which would otherwise keep it). */
    void say(String text) {
        setStatus(text);
    }

    private Parsed<Integer> count(String key, String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        Parsed<Integer> n = parsers.count(text.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
        if (n.failed()) {
            problems.onField(key, labelKey(key), Wording.plain(n.problem() + "."));
        }
        return n;
    }

    private Parsed<LocalDate> date(String key, String text, Problems problems) {
        Parsed<LocalDate> d = IsoDates.parse(text);
        if (d.failed()) {
            problems.onField(key, labelKey(key), Wording.plain(d.problem()));
        }
        return d;
    }

    static String label(String key) {
        return Messages.get(labelKey(key));
    }

    /** The bundle's key of a field's label: a problem names its field by it, written out when shown. */
    static String labelKey(String key) {
        return switch (key) {
            case "itHeadcount" -> "members.field.itHeadcount";
            case "totalHeadcount" -> "members.field.totalHeadcount";
            case "memberSince" -> "members.field.since";
            case "renewalDue" -> "members.field.renewal";
            default -> "members.field." + key;
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
