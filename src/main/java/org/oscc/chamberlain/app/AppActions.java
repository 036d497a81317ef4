package org.oscc.chamberlain.app;

import java.nio.file.Path;

/** What the main window asks of the application: things that replace the open chamber or end the program. */
public interface AppActions {
    /** Opens another chamber file (in the background) and shows it in this window. */
    void openChamber(Path file);

    /** Rebuilds the window on the current chamber (after a restore or the sample chamber replaced its content). */
    void reloadChamber();

    /** Opens a file or folder with the desktop's default program. */
    void showDocument(Path fileOrFolder);

    /** Opens a link (e.g. a mailto: link) with the desktop's program for it. */
    void openLink(String uri);

    void quit();
}
