package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.mail.IncomingAccount;
import org.oscc.chamberlain.mail.MailSecurity;
import org.oscc.chamberlain.mail.OutgoingAccount;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** The overrides of the chamber's mail accounts that {@code send} and {@code fetch} take; unset parts keep Settings'. */
final class MailOptions {
    private MailOptions() {
    }

    static final class Outgoing {
        @Option(names = "--smtp-host", paramLabel = "HOST", description = "Outgoing mail server (default: Settings).")
        String host;
        @Option(names = "--smtp-port", paramLabel = "PORT", description = "Its port (default: Settings).")
        Integer port;
        @Option(names = "--smtp-user", paramLabel = "USER", description = "User to sign in as (default: Settings).")
        String user;
        @Option(names = "--smtp-security", paramLabel = "none|starttls|ssl",
                description = "How the connection is protected (default: Settings).")
        String security;

        OutgoingAccount applyTo(OutgoingAccount a, CommandSpec spec) {
            OutgoingAccount r = a;
            if (host != null) {
                r = r.withHost(host);
            }
            if (port != null) {
                r = r.withPort(port);
            }
            if (user != null) {
                r = r.withUser(user);
            }
            if (security != null) {
                r = r.withSecurity(MailSecurity.parse(security).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "--smtp-security is none, starttls or ssl, not \"" + security + "\"")));
            }
            return r;
        }
    }

    static final class Incoming {
        @Option(names = "--imap-host", paramLabel = "HOST", description = "Incoming mail server (default: Settings).")
        String host;
        @Option(names = "--imap-port", paramLabel = "PORT", description = "Its port (default: Settings).")
        Integer port;
        @Option(names = "--imap-user", paramLabel = "USER", description = "User to sign in as (default: Settings).")
        String user;
        @Option(names = "--imap-security", paramLabel = "none|ssl",
                description = "How the connection is protected (default: Settings).")
        String security;
        @Option(names = "--folder", paramLabel = "FOLDER", description = "The folder replies arrive in (default: Settings).")
        String folder;

        IncomingAccount applyTo(IncomingAccount a, CommandSpec spec) {
            IncomingAccount r = a;
            if (host != null) {
                r = r.withHost(host);
            }
            if (port != null) {
                r = r.withPort(port);
            }
            if (user != null) {
                r = r.withUser(user);
            }
            if (security != null) {
                MailSecurity s = MailSecurity.parse(security).filter(x -> x != MailSecurity.START_TLS)
                        .orElseThrow(() -> new ParameterException(spec.commandLine(),
                                "--imap-security is none or ssl, not \"" + security + "\""));
                r = r.withSsl(s == MailSecurity.TLS);
            }
            if (folder != null) {
                r = r.withFolder(folder);
            }
            return r;
        }
    }
}
