package org.oscc.chamberlain.pledges.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.FormModel;
import org.oscc.chamberlain.ui.IsoDates;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problems;

/**
 * What the pledge form edits: one pledge's fields as typed (hours, percent and dates are read here and become
 * problems of their fields), which pledge it is, whether it is saved, and what is wrong with it.
 */
final class PledgeFormModel extends FormModel {
    final ObjectProperty<MemberFacts> member = valueField("member");
    final ObjectProperty<Choice> project = valueField("project");
    final ObjectProperty<PledgeKind> kind = valueField("kind");
    final StringProperty hours = textField("hours");
    final StringProperty percent = textField("percent");
    final StringProperty headcount = textField("headcount");
    final StringProperty start = textField("start");
    final StringProperty end = textField("end");
    final ObjectProperty<PledgeStatus> status = valueField("status");
    final StringProperty signed = textField("signed");
    final ObjectProperty<Choice> pitch = valueField("pitch");
    final StringProperty notes = textField("notes");

    private final PledgeService pledges;
    private final BackgroundTasks tasks;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private Long editing;
    private String editingName = "";
    private Consumer<Pledge> saved = p -> { };

    PledgeFormModel(PledgeService pledges, BackgroundTasks tasks) {
        this.pledges = pledges;
        this.tasks = tasks;
    }

    void onSaved(Consumer<Pledge> listener) {
        this.saved = listener;
    }

    Long editing() {
        return editing;
    }

    /** Shows a pledge ({@code id} null: a new one) with the values {@code fill} sets, taken as stored. */
    void show(Long id, String name, Runnable fill) {
        editing = id;
        editingName = name;
        load(fill);
    }

    void fill(Pledge p) {
        kind.set(p.kind());
        hours.set(p.pledgedMinutes() == null ? "" : HoursText.fromMinutes(p.pledgedMinutes().intValue()));
        percent.set(p.percentBp() == null ? "" : BigDecimal.valueOf(p.percentBp(), 2).stripTrailingZeros()
                .toPlainString());
        headcount.set(p.headcountBasis() == null ? "" : p.headcountBasis().toString());
        start.set(date(p.periodStart()));
        end.set(date(p.periodEnd()));
        status.set(p.status());
        signed.set(date(p.signedOn()));
        notes.set(p.notes() == null ? "" : p.notes());
    }

    /** The pledge as typed, or empty with every problem shown on its field. */
    Optional<PledgeDraft> read() {
        Problems problems = new Problems();
        Long minutes = null;
        Integer bp = null;
        Long basis = null;
        if (kind.get() != PledgeKind.PERCENT_OF_WORKFORCE && !blank(hours.get())) {
            Parsed<Integer> h = parsers.hours(hours.get());
            if (h.failed()) {
                problems.onField("hours", labelKey("hours"), Wording.plain(h.problem() + "."));
            } else {
                minutes = h.value() == null ? null : h.value().longValue();
            }
        }
        if (kind.get() == PledgeKind.PERCENT_OF_WORKFORCE) {
            Parsed<Integer> pc = parsers.percentBasisPoints(percent.get());
            if (pc.failed()) {
                problems.onField("percent", labelKey("percent"), Wording.plain(pc.problem() + "."));
            }
            bp = pc.value();
            if (!blank(headcount.get())) {
                Parsed<Integer> n = parsers.count(headcount.get());
                if (n.failed()) {
                    problems.onField("headcount", labelKey("headcount"), Wording.plain(n.problem() + "."));
                } else {
                    basis = n.value().longValue();
                }
            }
        }
        LocalDate from = date("start", start.get(), problems);
        LocalDate to = date("end", end.get(), problems);
        LocalDate on = date("signed", signed.get(), problems);
        if (!problems.isEmpty()) {
            showProblems(problems.list());
            return Optional.empty();
        }
        MemberFacts m = member.get();
        Choice p = project.get();
        return Optional.of(new PledgeDraft(m == null ? null : m.id(), p == null ? null : p.id(), kind.get(), minutes,
                bp, basis, null, from, to, status.get(), on, pitch.get() == null ? null : pitch.get().id(),
                notes.get()));
    }

    @Override
    public void save(Consumer<Boolean> done) {
        Optional<PledgeDraft> draft = read();
        if (draft.isEmpty()) {
            done.accept(false);
            return;
        }
        Long id = editing;
        storeInBackground(tasks, Messages.get("pledges.form.save"), () -> id == null ? pledges.create(draft.get())
                : pledges.update(id, draft.get()), stored -> {
                    editing = stored.id();
                    saved.accept(stored);
                }, Messages.get("pledges.form.saved"), done);
    }

    @Override
    public String unsavedName() {
        if (editing == null) {
            return Messages.get("pledges.unsaved.new");
        }
        return Messages.get("pledges.unsaved.name", editingName);
    }

    void say(String text) {
        setStatus(text);
    }

    private LocalDate date(String key, String text, Problems problems) {
        Parsed<LocalDate> d = IsoDates.parse(text);
        if (d.failed()) {
            problems.onField(key, labelKey(key), Wording.plain(d.problem()));
        }
        return d.value();
    }

    static String label(String key) {
        return Messages.get(labelKey(key));
    }

    /** The bundle's key of a field's label: a problem names its field by it, written out when shown. */
    static String labelKey(String key) {
        return "pledges.form." + key;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
