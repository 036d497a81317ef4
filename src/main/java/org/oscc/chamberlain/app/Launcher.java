package org.oscc.chamberlain.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.oscc.chamberlain.cli.Cli;
import org.oscc.chamberlain.cli.VersionAnswer;
import org.oscc.chamberlain.reports.PrivateTempFiles;
import org.oscc.chamberlain.store.DataFolders;

/**
 * The program's entry point (a plain main, so that the jar starts without JavaFX on the module path):
 * with a command it runs the CLI, without one it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (VersionAnswer.asked(args)) {
            VersionAnswer.print(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
            return;
        }
        LogSetup.configure(DataFolders.forCurrentUser());
        // POI's shared /tmp/poifiles belongs to the first user who exported: other users' exports would fail
        PrivateTempFiles.useForThisProcess();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, ChamberlainApp::launchWindow, System.getenv(), out, err);
        System.exit(code);
    }
}
