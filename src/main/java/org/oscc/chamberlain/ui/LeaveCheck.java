package org.oscc.chamberlain.ui;

import java.util.List;

/**
 * A section view that may hold unsaved edits (set as the view root's user data, like {@link Refreshable}): the main
 * window asks its forms, through {@link UnsavedEdits}, before any way out of it (another section, another chamber,
 * the sample chamber, a restore, quitting).
 */
public interface LeaveCheck {
    /** The section's forms that may hold unsaved edits now (a form not shown need not be listed). */
    List<? extends EditableForm> openForms();
}
