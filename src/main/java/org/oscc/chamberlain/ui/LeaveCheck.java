package org.oscc.chamberlain.ui;

/**
 * A section view that may hold unsaved edits (set as the view root's user data, like {@link Refreshable}): the main
 * window asks it before showing another section.
 */
public interface LeaveCheck {
    /**
     * Runs {@code leave} once the view's edits are settled (saved, discarded, or there were none); never runs it when
     * the user chose to stay.
     */
    void beforeLeaving(Runnable leave);
}
