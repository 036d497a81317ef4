package org.oscc.chamberlain.ui;

/** A section view that reloads what it shows when the user comes back to it (set as the view root's user data). */
public interface Refreshable {
    void refresh();
}
