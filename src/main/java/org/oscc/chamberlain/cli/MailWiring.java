package org.oscc.chamberlain.cli;

import java.io.Console;
import java.util.Optional;
import org.oscc.chamberlain.root.ChamberServices;

/**
 * Finds the password for {@code send invites} and {@code fetch replies}: the environment variable, else the credential store, else asked on the console.
 */
final class MailWiring {
    private MailWiring() {
    }

    /** The password for {@code key}: from {@code variable}, the credential store, or typed on the console. */
    static Optional<String> password(ChamberlainCommand cli, String variable, String key, String prompt) {
        String fromEnvironment = cli.environmentVariable(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        Optional<String> stored = ChamberServices.passwords().find(key);
        if (stored.isPresent()) {
            return stored;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
        }
        return Optional.empty();
    }
}
