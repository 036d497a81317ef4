package org.oscc.chamberlain.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.oscc.chamberlain.store.DataFolders;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Points the log file at the data folder's logs/ before the first logger exists, and routes java.util.logging there. */
final class LogSetup {
    static final String LOG_DIR_PROPERTY = "chamberlain.logDir";

    private LogSetup() {
    }

    private static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (Exception e) {
            return false;
        }
    }

    static void configure(DataFolders folders) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            Path logs = folders.logs();
            if (!writable(logs)) {
                // the data folder is broken (the store opener explains that); log into a per-user temporary folder
                logs = Path.of(System.getProperty("java.io.tmpdir"),
                        "chamberlain-logs-" + System.getProperty("user.name", "user"));
            }
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        }
        // Logback must never print its own status (or a stack trace) to the console of a command
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
