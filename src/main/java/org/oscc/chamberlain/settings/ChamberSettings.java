package org.oscc.chamberlain.settings;

import java.time.ZoneId;

/**
 * The chamber's settings. Hours per work week are kept in minutes (37.5 h = 2250 min); thresholds are percents of
 * the expected-to-date hours below which a pledge is "behind" or "at risk". The paper size is what board
 * reports are laid out for.
 */
public record ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
        int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
        String reminderMinutes, PaperSize paperSize) {

    public static final ChamberSettings DEFAULTS = new ChamberSettings("My Open Source Chamber of Commerce", "", "",
            ZoneId.of("America/Toronto"), 2250, 1, 90, 75, "1440,60", PaperSize.LETTER);

    /** Settings on the default paper (Letter). */
    public ChamberSettings(String chamberName, String organizerName, String organizerEmail, ZoneId timeZone,
            int weeklyMinutes, int fiscalYearStartMonth, int behindThresholdPercent, int atRiskThresholdPercent,
            String reminderMinutes) {
        this(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, PaperSize.LETTER);
    }

    public ChamberSettings {
        paperSize = paperSize == null ? PaperSize.LETTER : paperSize;
    }

    public ChamberSettings withChamberName(String name) {
        return new ChamberSettings(name, organizerName, organizerEmail, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, paperSize);
    }

    public ChamberSettings withOrganizer(String name, String email) {
        return new ChamberSettings(chamberName, name, email, timeZone, weeklyMinutes, fiscalYearStartMonth,
                behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, paperSize);
    }

    public ChamberSettings withPaperSize(PaperSize paper) {
        return new ChamberSettings(chamberName, organizerName, organizerEmail, timeZone, weeklyMinutes,
                fiscalYearStartMonth, behindThresholdPercent, atRiskThresholdPercent, reminderMinutes, paper);
    }
}
