package org.oscc.chamberlain.app;

import java.nio.file.Path;
import java.time.LocalDate;

/** Suggested names for backups: the chamber file's name and today's date. */
final class BackupNames {
    private BackupNames() {
    }

    static String suggested(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "-backup-" + LocalDate.now() + ".db";
    }
}
