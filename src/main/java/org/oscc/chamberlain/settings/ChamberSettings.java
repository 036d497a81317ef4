package org.oscc.chamberlain.settings;

import java.time.ZoneId;
import java.util.Locale;
import org.oscc.chamberlain.text.Messages;

/**
 * The chamber's settings. Hours per work week are kept in minutes (37.5 h = 2250 min); thresholds are percents of
 * the expected-to-date hours below which a pledge is "behind" or "at risk"; the grace period is how many days at
 * the start of a pledge's period it is never called either (docs/fulfilment-rules.md). The paper size is what board
 * reports are laid out for. The document language is the chamber's, not the organizer's: the board workbook, the
 * roster export, the .ics files and the invite e-mails speak it, whatever language the screens speak.
 */
public record ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
        int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
        String reminderMinutes, int graceDays, PaperSize paperSize, Locale documentLanguage) {

    /** The longest grace period the settings accept: a year. */
    public static final int MAX_GRACE_DAYS = 366;
    /** The grace period a new chamber starts with. */
    public static final int DEFAULT_GRACE_DAYS = 30;

    /** The defaults; a new chamber's name is {@code settings.defaultChamberName} in the organizer's language. */
    public static final ChamberSettings DEFAULTS = new ChamberSettings(
            Messages.in(Messages.ENGLISH, "settings.defaultChamberName"), "", "",
            ZoneId.of("America/Toronto"), 2250, 1, 90, 75, "1440,60", DEFAULT_GRACE_DAYS, PaperSize.LETTER,
            Messages.ENGLISH);

    /** Settings whose workbook and invites speak English. */
    public ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
            int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
            String reminderMinutes, int graceDays, PaperSize paperSize) {
        this(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, graceDays, paperSize,
                Messages.ENGLISH);
    }

    /** Settings with the default grace period, on the default paper (Letter). */
    public ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
            int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
            String reminderMinutes) {
        this(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, DEFAULT_GRACE_DAYS, PaperSize.LETTER);
    }

    /** Settings on the default paper (Letter). */
    public ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
            int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
            String reminderMinutes, int graceDays) {
        this(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, graceDays, PaperSize.LETTER);
    }

    /** Settings with the default grace period. */
    public ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
            int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
            String reminderMinutes, PaperSize paperSize) {
        this(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, DEFAULT_GRACE_DAYS, paperSize);
    }

    public ChamberSettings {
        paperSize = paperSize == null ? PaperSize.LETTER : paperSize;
        documentLanguage = Messages.forTag(documentLanguage == null ? null : documentLanguage.toLanguageTag())
                .orElse(Messages.ENGLISH);
    }

    public ChamberSettings withGraceDays(int days) {
        return new ChamberSettings(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes,
                fiscalYearStartMonth, behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, days, paperSize,
                documentLanguage);
    }

    public ChamberSettings withChamberName(String name) {
        return new ChamberSettings(name, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, graceDays, paperSize,
                documentLanguage);
    }

    public ChamberSettings withOrganizer(String name, String email) {
        return new ChamberSettings(chamberName, name, email, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, graceDays, paperSize,
                documentLanguage);
    }

    public ChamberSettings withPaperSize(PaperSize paper) {
        return new ChamberSettings(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes,
                fiscalYearStartMonth, behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, graceDays, paper,
                documentLanguage);
    }

    /** The same settings with the workbook and invites in {@code language}. */
    public ChamberSettings withDocumentLanguage(Locale language) {
        return new ChamberSettings(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes,
                fiscalYearStartMonth, behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, graceDays,
                paperSize, language);
    }
}
