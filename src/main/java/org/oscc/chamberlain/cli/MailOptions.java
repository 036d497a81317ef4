package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.mail.IncomingAccount;
import org.oscc.chamberlain.mail.MailSecurity;
import org.oscc.chamberlain.mail.OutgoingAccount;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** The overrides of the chamber's mail accounts that {@code send} and {@code fetch} take; unset parts keep Settings'. */
final class MailOptions {
    private MailOptions() {
    }

    static final class Outgoing {
        @Option(names = "--smtp-host", paramLabel = "${bundle:cli.label.host}", descriptionKey = "cli.help.mail.smtpHost")
        String host;
        @Option(names = "--smtp-port", paramLabel = "PORT", descriptionKey = "cli.help.mail.port")
        Integer port;
        @Option(names = "--smtp-user", paramLabel = "${bundle:cli.label.user}", descriptionKey = "cli.help.mail.user")
        String user;
        @Option(names = "--smtp-security", paramLabel = "none|starttls|ssl",
                descriptionKey = "cli.help.mail.security")
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
                        spec.commandLine(), Messages.get("cli.mail.smtpSecurity", security))));
            }
            return r;
        }
    }

    static final class Incoming {
        @Option(names = "--imap-host", paramLabel = "${bundle:cli.label.host}", descriptionKey = "cli.help.mail.imapHost")
        String host;
        @Option(names = "--imap-port", paramLabel = "PORT", descriptionKey = "cli.help.mail.port")
        Integer port;
        @Option(names = "--imap-user", paramLabel = "${bundle:cli.label.user}", descriptionKey = "cli.help.mail.user")
        String user;
        @Option(names = "--imap-security", paramLabel = "none|ssl",
                descriptionKey = "cli.help.mail.security")
        String security;
        @Option(names = "--folder", paramLabel = "${bundle:cli.label.folder}", descriptionKey = "cli.help.mail.folder")
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
                                Messages.get("cli.mail.imapSecurity", security)));
                r = r.withSsl(s == MailSecurity.TLS);
            }
            if (folder != null) {
                r = r.withFolder(folder);
            }
            return r;
        }
    }
}
