package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notation: "3:W2" is invitation 3, waitlisted at position 2; A accepted, T tentative, D declined, I invited
 * (no answer yet). Capacity "-" is unlimited.
 */
class WaitlistTest {

    @ParameterizedTest(name = "capacity {0}, {1}; {2} answers {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // a seat freed by a decline goes to the earliest waitlisted guest, and only one seat is freed
        "2 | 1:A 2:A 3:W1 4:W2 | 1 | DECLINED  | 1:D 3:A",
        // earliest means lowest position, not lowest id
        "2 | 1:A 2:A 3:W2 4:W1 | 1 | DECLINED  | 1:D 4:A",
        "2 | 1:A 2:I           | 2 | ACCEPTED  | 2:A",
        "2 | 1:A 2:A 3:I       | 3 | ACCEPTED  | 3:W1",
        // the queue's end is after the highest position, gaps and all
        "2 | 1:A 2:A 3:W4 4:I  | 4 | ACCEPTED  | 4:W5",
        // a tentative answer holds no seat: its decline promotes nobody
        "1 | 1:A 2:T 3:W1      | 2 | DECLINED  | 2:D",
        // and a tentative guest who accepts when full is waitlisted
        "1 | 1:A 2:T           | 2 | ACCEPTED  | 2:W1",
        "- | 1:A 2:A 3:I       | 3 | ACCEPTED  | 3:A",
        "0 | 1:I               | 1 | ACCEPTED  | 1:W1",
        // leaving the queue frees no seat
        "2 | 1:A 2:A 3:W1      | 3 | DECLINED  | 3:D",
        // accepting again keeps one's place
        "2 | 1:A 2:A 3:W1      | 3 | ACCEPTED  | ''",
        "2 | 1:A 2:A           | 1 | ACCEPTED  | ''",
        // moving from accepted to tentative gives the seat up
        "2 | 1:A 2:A 3:W1 4:W2 | 1 | TENTATIVE | 1:T 3:A",
        // after the capacity was lowered, a decline frees no seat while the room is still full
        "1 | 1:A 2:A 3:W1      | 1 | DECLINED  | 1:D",
        // a seat left free (capacity raised) goes to the queue before a newcomer
        "3 | 1:A 2:A 3:W1 4:W2 5:I | 5 | ACCEPTED | 5:W3 3:A",
        "2 | 1:A 2:A 3:W1      | 2 | INVITED   | 2:I 3:A"})
    void answersAndPromotions(String capacity, String entries, int invitationId, Rsvp answer, String expected) {
        List<Waitlist.Change> changes = Waitlist.answer(capacity(capacity), parse(entries), invitationId, answer);
        assertThat(format(changes)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "capacity {0}, {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "4 | 1:A 2:A 3:W1 4:W2 5:W3 | 3:A 4:A",
        "2 | 1:A 2:A 3:W1           | ''",
        "- | 1:A 2:W2 3:W1          | 3:A 2:A",
        "1 | 1:A 2:A 3:W1           | ''"})
    void aRaisedCapacityPromotesInQueueOrder(String capacity, String entries, String expected) {
        assertThat(format(Waitlist.promotions(capacity(capacity), parse(entries)))).isEqualTo(expected);
    }

    @Test
    void waitlistedIsNotAnAnswer() {
        assertThatThrownBy(() -> Waitlist.answer(2, parse("1:I"), 1, Rsvp.WAITLISTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAcceptedGuestsTakeSeats() {
        assertThat(Waitlist.seatsTaken(parse("1:A 2:T 3:D 4:I 5:W1 6:A"))).isEqualTo(2);
    }

    private static Integer capacity(String text) {
        return text.equals("-") ? null : Integer.valueOf(text);
    }

    static List<Waitlist.Entry> parse(String entries) {
        return Arrays.stream(entries.trim().split("\\s+")).map(e -> {
            String[] parts = e.split(":");
            char code = parts[1].charAt(0);
            Integer position = code == 'W' ? Integer.valueOf(parts[1].substring(1)) : null;
            return new Waitlist.Entry(Integer.parseInt(parts[0]), rsvp(code), position);
        }).toList();
    }

    private static Rsvp rsvp(char code) {
        return switch (code) {
            case 'A' -> Rsvp.ACCEPTED;
            case 'T' -> Rsvp.TENTATIVE;
            case 'D' -> Rsvp.DECLINED;
            case 'I' -> Rsvp.INVITED;
            case 'W' -> Rsvp.WAITLISTED;
            default -> throw new IllegalArgumentException("code " + code);
        };
    }

    private static String format(List<Waitlist.Change> changes) {
        return changes.stream().map(c -> c.invitationId() + ":" + c.rsvp().name().charAt(0)
                + (c.waitlistPosition() == null ? "" : c.waitlistPosition().toString()))
                .collect(Collectors.joining(" "));
    }
}
