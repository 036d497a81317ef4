package org.oscc.chamberlain.ui;

import java.nio.file.Path;

/**
 * A file's place as the organizer thinks of it: inside their home folder it reads "~/…" (as file managers and
 * terminals write it), shorter and without the account name; anywhere else it is the full path.
 */
public final class HomePaths {
    private HomePaths() {
    }

    public static String shown(Path file) {
        return shown(file, Path.of(System.getProperty("user.home")));
    }

    static String shown(Path file, Path home) {
        Path absolute = file.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        if (absolute.startsWith(h) && !absolute.equals(h)) {
            return "~" + java.io.File.separator + h.relativize(absolute);
        }
        return absolute.toString();
    }
}
