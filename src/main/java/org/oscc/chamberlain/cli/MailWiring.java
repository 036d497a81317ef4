package org.oscc.chamberlain.cli;

import java.io.Console;
import java.util.Optional;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.mail.InviteDeliveryRepository;
import org.oscc.chamberlain.mail.InviteSender;
import org.oscc.chamberlain.mail.MailConnections;
import org.oscc.chamberlain.mail.MailPasswords;
import org.oscc.chamberlain.mail.MailSettingsService;
import org.oscc.chamberlain.mail.ReplyFetcher;
import org.oscc.chamberlain.mail.TlsTrust;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.store.Store;

/**
 * Builds the mail services on an open store for {@code send invites} and {@code fetch replies}, as the window does,
 * and finds the password: the environment variable, else the credential store, else asked on the console.
 */
final class MailWiring {
    private MailWiring() {
    }

    static MailSettingsService settings(Store store) {
        return new MailSettingsService(new SettingsRepository(store));
    }

    static InviteSender sender(Store store) {
        CalendarService calendar = CalendarWiring.calendar(store);
        return new InviteSender(calendar, new InviteDeliveryRepository(store), new MailConnections(TlsTrust.system()),
                store.clock(), InviteSender.Pacer.REAL);
    }

    static ReplyFetcher fetcher(Store store) {
        return new ReplyFetcher(CalendarWiring.calendar(store), settings(store),
                new MailConnections(TlsTrust.system()));
    }

    /** The password for {@code key}: from {@code variable}, the credential store, or typed on the console. */
    static Optional<String> password(ChamberlainCommand cli, String variable, String key, String prompt) {
        String fromEnvironment = cli.environmentVariable(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        Optional<String> stored = MailPasswords.forThisComputer().find(key);
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
