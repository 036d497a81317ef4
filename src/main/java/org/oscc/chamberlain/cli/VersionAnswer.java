package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.util.List;
import org.oscc.chamberlain.AppInfo;

/**
 * {@code chamberlain --version} answered before anything else is set up (logging, picocli's model of every command,
 * the store): scripts ask it to see whether the program is there, and it should answer as fast as a bare {@code main}.
 * The same lines as picocli's {@code --version} for the command tree.
 */
public final class VersionAnswer {
    private VersionAnswer() {
    }

    /** Whether the arguments are only {@code --version} (or {@code -V}). */
    public static boolean asked(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    public static List<String> lines() {
        return List.of(AppInfo.name() + " " + AppInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    }

    public static void print(PrintWriter out) {
        lines().forEach(out::println);
        out.flush();
    }
}
