package org.oscc.chamberlain.calendar.ui;

import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What the invite dialog offers when Chamberlain sends and reads e-mail itself. Supplied by the app: the mail
 * feature builds on calendar invites, so the dialog knows it only through this.
 */
public interface InviteMailActions {
    /** Opens the send dialog (who gets what, then Send). {@code changed} runs after anything was sent. */
    void send(int nightId, Window owner, Runnable changed);

    /** Checks the replies folder in the background; {@code summary} gets what was applied and left, in words. */
    void checkReplies(Window owner, Consumer<String> summary, Runnable changed);
}
