package org.oscc.chamberlain.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the window when {@code chamberlain} is run without a command; supplied by the app, so the CLI needs no JavaFX. */
@FunctionalInterface
public interface WindowStarter {
    /** Blocks until the window is closed; returns the exit code. */
    int start(Optional<Path> explicitStore);
}
