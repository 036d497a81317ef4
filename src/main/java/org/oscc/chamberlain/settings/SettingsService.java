package org.oscc.chamberlain.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problems;

/** The chamber's settings with their defaults and rules. */
public class SettingsService {
    static final String CHAMBER_NAME = "chamber.name";
    static final String ORGANIZER_NAME = "organizer.name";
    static final String ORGANIZER_EMAIL = "organizer.email";
    static final String TIME_ZONE = "time.zone";
    static final String WEEKLY_MINUTES = "work.week.minutes";
    static final String FISCAL_START = "fiscal.year.start.month";
    static final String BEHIND = "fulfilment.behind.percent";
    static final String AT_RISK = "fulfilment.atrisk.percent";
    static final String REMINDERS = "invite.reminder.minutes";
    static final String GRACE = "fulfilment.grace.days";
    static final String PAPER = "report.paper.size";
    static final String DOCUMENT_LANGUAGE = "document.language";

    /** Loose on purpose: one @, something before, a dot after. Mail programs do the strict part. */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SettingsRepository repository;

    public SettingsService(SettingsRepository repository) {
        this.repository = repository;
    }

    /** The stored settings, each missing or unreadable value replaced by its default. */
    public ChamberSettings current() {
        Map<String, String> v = repository.loadAll();
        ChamberSettings d = ChamberSettings.DEFAULTS;
        return new ChamberSettings(
                v.getOrDefault(CHAMBER_NAME, Messages.get("settings.defaultChamberName")),
                v.getOrDefault(ORGANIZER_NAME, d.organizerName()),
                v.getOrDefault(ORGANIZER_EMAIL, d.organizerEmail()),
                zoneOr(v.get(TIME_ZONE), d.timeZone()),
                intOr(v.get(WEEKLY_MINUTES), d.weeklyMinutes()),
                intOr(v.get(FISCAL_START), d.fiscalYearStartMonth()),
                intOr(v.get(BEHIND), d.behindThresholdPercent()),
                intOr(v.get(AT_RISK), d.atRiskThresholdPercent()),
                v.getOrDefault(REMINDERS, d.reminderMinutes()),
                intOr(v.get(GRACE), d.graceDays()),
                paperOr(v.get(PAPER), d.paperSize()),
                documentLanguageOr(v.get(DOCUMENT_LANGUAGE), v.isEmpty()));
    }

    /**
     * The stored language of the workbook and invites. None stored: a chamber that has saved settings before there
     * was a choice (or the sample chamber) speaks English, as it always did; a new chamber, one that has saved no
     * setting yet, speaks the organizer's language (the screens', or this CLI run's) until Settings are saved.
     */
    private static Locale documentLanguageOr(String tag, boolean newChamber) {
        return Messages.forTag(tag).orElse(newChamber ? Messages.locale() : Messages.ENGLISH);
    }

    /** Checks every field and saves all of them in one transaction, or nothing. */
    public void save(ChamberSettings s) throws InvalidInputException {
        repository.saveAll(storedValues(s));
    }

    /**
     * Checks every field and returns the settings as the key/value rows they are stored as, for a caller that
     * writes them inside its own transaction (e.g. loading the sample chamber).
     */
    public Map<String, String> storedValues(ChamberSettings s) throws InvalidInputException {
        Problems problems = new Problems();
        if (s.chamberName() == null || s.chamberName().isBlank()) {
            problems.onField("chamberName", "settings.chamberName", "settings.problem.required");
        }
        if (s.organizerEmail() != null && !s.organizerEmail().isBlank()
                && !EMAIL.matcher(s.organizerEmail().strip()).matches()) {
            problems.onField("organizerEmail", "settings.organizerEmail", "settings.problem.email", s.organizerEmail());
        }
        if (s.timeZone() == null) {
            problems.onField("timeZone", "settings.timeZone", "settings.problem.required");
        }
        if (s.weeklyMinutes() <= 0 || s.weeklyMinutes() > 7 * 24 * 60) {
            problems.onField("weeklyHours", "settings.weeklyHours", "settings.problem.weeklyHours");
        }
        if (s.fiscalYearStartMonth() < 1 || s.fiscalYearStartMonth() > 12) {
            problems.onField("fiscalStart", "settings.fiscalStart", "settings.problem.month");
        }
        if (s.behindThresholdPercent() <= 0 || s.behindThresholdPercent() > 100) {
            problems.onField("behind", "settings.behind", "settings.problem.behind");
        }
        if (s.atRiskThresholdPercent() <= 0 || s.atRiskThresholdPercent() >= s.behindThresholdPercent()) {
            problems.onField("atRisk", "settings.atRisk", "settings.problem.atRisk");
        }
        if (s.graceDays() < 0 || s.graceDays() > ChamberSettings.MAX_GRACE_DAYS) {
            problems.onField("graceDays", "settings.graceDays", "settings.problem.graceDays",
                    ChamberSettings.MAX_GRACE_DAYS);
        }
        if (!validReminders(s.reminderMinutes())) {
            problems.onField("reminders", "settings.reminders", "settings.problem.reminders");
        }
        problems.throwIfAny();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CHAMBER_NAME, s.chamberName().strip());
        values.put(ORGANIZER_NAME, s.organizerName() == null ? "" : s.organizerName().strip());
        values.put(ORGANIZER_EMAIL, s.organizerEmail() == null ? "" : s.organizerEmail().strip());
        values.put(TIME_ZONE, s.timeZone().getId());
        values.put(WEEKLY_MINUTES, Integer.toString(s.weeklyMinutes()));
        values.put(FISCAL_START, Integer.toString(s.fiscalYearStartMonth()));
        values.put(BEHIND, Integer.toString(s.behindThresholdPercent()));
        values.put(AT_RISK, Integer.toString(s.atRiskThresholdPercent()));
        values.put(REMINDERS, s.reminderMinutes().replace(" ", ""));
        values.put(GRACE, Integer.toString(s.graceDays()));
        values.put(PAPER, s.paperSize().name());
        values.put(DOCUMENT_LANGUAGE, s.documentLanguage().getLanguage());
        return values;
    }

    static boolean validReminders(String text) {
        if (text == null) {
            return false;
        }
        String compact = text.replace(" ", "");
        return compact.isEmpty() || compact.matches("\\d{1,6}(,\\d{1,6})*");
    }

    private static ZoneId zoneOr(String id, ZoneId fallback) {
        try {
            return id == null ? fallback : ZoneId.of(id);
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    private static PaperSize paperOr(String name, PaperSize fallback) {
        for (PaperSize p : PaperSize.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return fallback;
    }

    private static int intOr(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
