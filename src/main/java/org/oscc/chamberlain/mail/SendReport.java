package org.oscc.chamberlain.mail;

import java.util.List;
import java.util.Optional;
import org.oscc.chamberlain.text.Messages;

/**
 * What a send did, one line per invitee, and why it stopped early when it did (Cancel, or the connection dropped,
 * in plain words).
 */
public record SendReport(String version, List<SendLine> lines, Optional<String> stoppedBecause) {

    public SendReport {
        lines = List.copyOf(lines);
    }

    public long count(SendLine.Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public List<SendLine> refused() {
        return lines.stream().filter(l -> l.outcome() == SendLine.Outcome.REFUSED).toList();
    }

    /** "Sent 19 of 20 (update, version 2); 1 refused; 2 skipped." */
    public String summary() {
        long sent = count(SendLine.Outcome.SENT);
        long due = sent + count(SendLine.Outcome.REFUSED) + count(SendLine.Outcome.NOT_SENT);
        StringBuilder s = new StringBuilder(Messages.get("send.report", sent, due, version));
        for (SendLine.Outcome o : List.of(SendLine.Outcome.REFUSED, SendLine.Outcome.NOT_SENT,
                SendLine.Outcome.ALREADY_SENT, SendLine.Outcome.UNCERTAIN, SendLine.Outcome.SKIPPED)) {
            long n = count(o);
            if (n > 0) {
                s.append("; ").append(n).append(' ').append(OutcomeWords.of(o));
            }
        }
        s.append('.');
        stoppedBecause.ifPresent(reason -> s.append(' ').append(reason));
        return s.toString();
    }
}
