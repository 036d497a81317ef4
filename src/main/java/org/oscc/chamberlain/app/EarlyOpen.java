package org.oscc.chamberlain.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chamber opened (migrations checked, pool and services built) on its own thread while the JavaFX toolkit starts,
 * so that the two overlap instead of following each other; {@link ChamberlainApp#init} waits for it.
 */
final class EarlyOpen {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyOpen.class);
    private final Path file;
    private final CompletableFuture<ChamberServices> opened;

    private EarlyOpen(Path file, CompletableFuture<ChamberServices> opened) {
        this.file = file;
        this.opened = opened;
    }

    /** Starts opening the chamber the window will ask for ({@code db}, or the default one). */
    static EarlyOpen start(Optional<Path> db) {
        // the organizer's language first: a store problem is worded in it
        org.oscc.chamberlain.text.Messages.use(new org.oscc.chamberlain.settings.ScreenLanguage().atStart());
        DataFolders folders = DataFolders.forCurrentUser();
        Path file = folders.storeFile(db, System.getenv());
        CompletableFuture<ChamberServices> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                folders.ensureExists();
                opened.complete(ChamberServices.open(file, folders));
            } catch (StoreUnavailableException | RuntimeException e) {
                opened.completeExceptionally(e);
            }
        }, "chamber-opener");
        thread.setDaemon(true);
        thread.start();
        return new EarlyOpen(file, opened);
    }

    Path file() {
        return file;
    }

    /** The opened chamber, once it is open; the problem that kept it closed otherwise. */
    ChamberServices services() throws StoreUnavailableException {
        try {
            return opened.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the chamber was opening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreUnavailableException problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Closes the chamber when the window did not take it (another file was asked for, or no window opened). */
    void discard() {
        opened.whenComplete((services, problem) -> {
            if (services != null) {
                services.close();
            } else if (problem != null) {
                LOG.debug("Early open of {} not used: {}", file, problem.getMessage());
            }
        });
    }
}
