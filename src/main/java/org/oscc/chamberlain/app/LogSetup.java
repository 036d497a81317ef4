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

    static void configure(DataFolders folders) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            Path logs = folders.logs();
            try {
                Files.createDirectories(logs);
            } catch (Exception e) {
                logs = Path.of(System.getProperty("java.io.tmpdir"), "chamberlain-logs");
            }
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
