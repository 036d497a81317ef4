package org.oscc.chamberlain.settings.ui;

import java.time.Month;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.settings.PaperSize;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.FormModel;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problems;

/**
 * What the Settings screen edits: the chamber's settings as typed (hours, percentages, days and the e-mail address
 * are read here and become problems of their fields), whether they are saved, and what is wrong with them.
 */
final class SettingsFormModel extends FormModel {
    final StringProperty chamberName = textField("chamberName");
    final StringProperty organizerName = textField("organizerName");
    final StringProperty organizerEmail = textField("organizerEmail");
    final ObjectProperty<String> timeZone = valueField("timeZone");
    final StringProperty weeklyHours = textField("weeklyHours");
    final ObjectProperty<Month> fiscalStart = valueField("fiscalStart");
    final StringProperty reminders = textField("reminders");
    final ObjectProperty<PaperSize> paperSize = valueField("paperSize");
    /** The language of the workbook and the invites: the chamber's, not the screens'. */
    final ObjectProperty<Locale> documentLanguage = valueField("documentLanguage");
    final StringProperty behind = textField("behind");
    final StringProperty atRisk = textField("atRisk");
    final StringProperty graceDays = textField("graceDays");

    private final SettingsService settings;
    private final BackgroundTasks tasks;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);

    SettingsFormModel(SettingsService settings, BackgroundTasks tasks) {
        this.settings = settings;
        this.tasks = tasks;
    }

    void show(ChamberSettings s) {
        load(() -> {
            chamberName.set(s.chamberName());
            organizerName.set(s.organizerName());
            organizerEmail.set(s.organizerEmail());
            timeZone.set(s.timeZone().getId());
            weeklyHours.set(HoursText.fromMinutes(s.weeklyMinutes()));
            fiscalStart.set(Month.of(s.fiscalYearStartMonth()));
            reminders.set(s.reminderMinutes().replace(",", ", "));
            paperSize.set(s.paperSize());
            documentLanguage.set(s.documentLanguage());
            behind.set(Integer.toString(s.behindThresholdPercent()));
            atRisk.set(Integer.toString(s.atRiskThresholdPercent()));
            graceDays.set(Integer.toString(s.graceDays()));
        });
    }

    /** The settings as typed, or empty with every problem shown on its field. */
    Optional<ChamberSettings> read() {
        Problems problems = new Problems();
        OptionalInt minutes = HoursText.toMinutes(text(weeklyHours.get()));
        if (minutes.isEmpty()) {
            problems.onField("weeklyHours", labelKey("weeklyHours"), "settings.weeklyHours.invalid");
        }
        Integer behindPercent = count("behind", behind.get(), problems);
        Integer riskPercent = count("atRisk", atRisk.get(), problems);
        Integer grace = count("graceDays", graceDays.get(), problems);
        Parsed<String> email = parsers.email(text(organizerEmail.get()));
        if (email.failed()) {
            problems.onField("organizerEmail", labelKey("organizerEmail"), Wording.plain(email.problem() + "."));
        }
        if (!problems.isEmpty()) {
            showProblems(problems.list());
            return Optional.empty();
        }
        return Optional.of(new ChamberSettings(text(chamberName.get()), text(organizerName.get()),
                email.value() == null ? "" : email.value(),
                ZoneId.of(timeZone.get() == null ? "UTC" : timeZone.get()), minutes.getAsInt(),
                fiscalStart.get() == null ? 0 : fiscalStart.get().getValue(), behindPercent, riskPercent,
                text(reminders.get()), grace, paperSize.get(), documentLanguage.get()));
    }

    @Override
    public void save(Consumer<Boolean> done) {
        Optional<ChamberSettings> edited = read();
        if (edited.isEmpty()) {
            done.accept(false);
            return;
        }
        storeInBackground(tasks, Messages.get("settings.save"), () -> {
            settings.save(edited.get());
            return settings.current();
        }, this::show, Messages.get("settings.saved"), done);
    }

    @Override
    public String unsavedName() {
        return Messages.get("settings.unsaved");
    }

    private Integer count(String key, String text, Problems problems) {
        Parsed<Integer> n = parsers.count(text(text));
        if (n.failed() || n.value() == null) {
            problems.onField(key, labelKey(key),
                    n.failed() ? Wording.plain(n.problem() + ".") : Wording.of("settings.required"));
            return null;
        }
        return n.value();
    }

    static String label(String key) {
        return Messages.get(labelKey(key));
    }

    /** The bundle's key of a field's label: a problem names its field by it, written out when shown. */
    static String labelKey(String key) {
        return "settings." + key;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
