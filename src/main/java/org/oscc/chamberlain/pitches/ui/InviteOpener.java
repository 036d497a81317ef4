package org.oscc.chamberlain.pitches.ui;

import javafx.stage.Window;

/**
 * Opens the calendar invite of a pitch night. Supplied by the app: the calendar feature builds on pitch nights, so
 * this screen may not depend on it.
 */
@FunctionalInterface
public interface InviteOpener {
    /** @param changed called after the invite wrote something (RSVPs may have changed) */
    void open(int nightId, Window owner, Runnable changed);
}
