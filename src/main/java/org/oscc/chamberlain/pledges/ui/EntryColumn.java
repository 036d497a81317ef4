package org.oscc.chamberlain.pledges.ui;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.pledges.ContributionField;
import org.oscc.chamberlain.ui.Messages;

/**
 * The quick-entry grid's columns, left to right: the header's bundle key (problems name a column by this header, so
 * the two cannot differ), the contribution field a stored-side problem names, and the timesheet import's field key
 * (which recognises a pasted header row).
 */
enum EntryColumn {
    DATE("pledges.log.date", ContributionField.DATE, "date", 100, r -> r.date),
    HOURS("pledges.log.hours", ContributionField.HOURS, "hours", 70, r -> r.hours),
    CONTRIBUTOR("pledges.log.contributor", ContributionField.CONTRIBUTOR, "contributor", 130, r -> r.contributor),
    WHAT("pledges.log.what", ContributionField.DESCRIPTION, "description", 200, r -> r.what),
    LINK("pledges.log.link", ContributionField.LINK, "link", 160, r -> r.link);

    private final String headerKey;
    private final ContributionField field;
    private final String importKey;
    private final double width;
    private final Function<EntryRow, StringProperty> property;

    EntryColumn(String headerKey, ContributionField field, String importKey, double width,
            Function<EntryRow, StringProperty> property) {
        this.headerKey = headerKey;
        this.field = field;
        this.importKey = importKey;
        this.width = width;
        this.property = property;
    }

    /** The column's header as the grid shows it. */
    String header() {
        return Messages.get(headerKey);
    }

    String importKey() {
        return importKey;
    }

    double width() {
        return width;
    }

    StringProperty of(EntryRow row) {
        return property.apply(row);
    }

    /** The column a stored-side problem is about, or null for one about the whole row (its pledge, say). */
    static EntryColumn of(ContributionField field) {
        for (EntryColumn c : values()) {
            if (c.field == field) {
                return c;
            }
        }
        return null;
    }
}
