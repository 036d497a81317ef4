package org.oscc.chamberlain.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.calendar.InvitePreview;
import org.oscc.chamberlain.calendar.IssuedInvite;

/** The invite dialog's one-line summary says what the next file is without calendar-protocol words. */
class InviteSummaryTest {

    @ParameterizedTest(name = "{0}, sequence {1} after {2}: {3}")
    @CsvSource({
        "REQUEST, 0, -1, The first invite for this pitch night.",
        "REQUEST, 2, 1, An update to the invite you sent: calendars that hold it will show the changes.",
        "REQUEST, 1, 1, 'The invite you sent, once more: nothing that calendars show has changed.'",
        "CANCEL, 2, 1, A cancellation: calendars that hold the invite will take this pitch night off.",
        "CANCEL, 2, 2, 'The cancellation you sent, once more.'"})
    void theSummarySaysWhatTheFileIs(IssuedInvite.Method method, int sequence, int last, String expected) {
        InvitePreview p = new InvitePreview(1, "Pitch night", "uid@x", method, sequence,
                last < 0 ? OptionalInt.empty() : OptionalInt.of(last), List.of(), List.of(), false);

        String summary = InviteDialog.summaryOf(p);

        assertThat(summary).isEqualTo(expected);
        assertThat(summary).doesNotContain("REQUEST", "CANCEL", "SEQUENCE", "METHOD", "PUBLISH");
    }
}
