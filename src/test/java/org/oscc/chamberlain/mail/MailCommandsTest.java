package org.oscc.chamberlain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.cli.CliRunner;
import org.oscc.chamberlain.cli.ExitCodes;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code send invites} and {@code fetch replies} through the real CLI against GreenMail: the dry run, refused
 * recipients listed with exit 1, overrides of the settings, replies applied; and no password in the chamber file,
 * a backup or the log.
 */
class MailCommandsTest {
    @TempDir
    Path dir;
    Path db;
    int night;
    MailTestServer server;
    SmtpProxy proxy;
    final Set<String> refused = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws Exception {
        server = new MailTestServer();
        proxy = new SmtpProxy(server.smtpPort(), refused);
        db = dir.resolve("chamber.db");
        try (MailFixture f = new MailFixture(dir)) {
            night = f.nightId;
            // the settings point at a port where nothing listens: each command overrides it
            f.mailSettings.save(new MailAccounts(server.smtp(1, MailSecurity.START_TLS),
                    new IncomingAccount("127.0.0.1", 1, true, MailTestServer.USER, "INBOX",
                            IncomingAccount.Marking.FLAG, "")));
        }
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        server.close();
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return CliRunner.run(Map.of("CHAMBERLAIN_SMTP_PASSWORD", MailTestServer.PASSWORD,
                "CHAMBERLAIN_IMAP_PASSWORD", MailTestServer.PASSWORD), all.toArray(new String[0]));
    }

    private String[] smtp(String... more) {
        List<String> a = new ArrayList<>(List.of("send", "invites", "--session", Integer.toString(night),
                "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(proxy.port()), "--smtp-security", "none",
                "--smtp-user", MailTestServer.USER));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    @Test
    void dryRunSendWithARefusedRecipientResendAndFetchReplies() throws Exception {
        CliRunner.Result dry = run("send", "invites", "--session", Integer.toString(night), "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCodes.DONE);
        assertThat(dry.out()).contains("December pitch night: invite (number 0)")
                .contains("Invitee 01 <invitee01@members.example>: will get it")
                .contains("Nomail Person: skipped: no e-mail address")
                .contains("Quiet Person <quiet@members.example>: skipped: did not agree to e-mail")
                .contains("Would send 20 (dry run: nothing sent).");
        assertThat(server.received()).isEmpty();

        refused.add(MailFixture.address(5));
        CliRunner.Result sent = run(smtp());
        assertThat(sent.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(sent.out()).contains("Invitee 01 <invitee01@members.example>: sent ")
                .contains("Sent 19 of 20 (invite (number 0)); 1 refused by the server; 2 skipped.");
        assertThat(sent.err()).contains("Refused by the server:").contains("Invitee 05 <invitee05@members.example>: "
                + SmtpProxy.REFUSAL);
        assertThat(server.received()).hasSize(19);

        refused.clear();
        CliRunner.Result again = run(smtp());
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.DONE);
        assertThat(again.out()).contains("Sent 1 of 1 (invite (number 0)); 19 already have it; 2 skipped.");
        assertThat(server.received()).hasSize(20);

        CliRunner.Result unknownSecurity = run(smtp("--smtp-security", "tls"));
        assertThat(unknownSecurity.exitCode()).isEqualTo(ExitCodes.USAGE);

        GreenMailUser ana = server.greenMail.getUserManager().getUser(MailTestServer.USER);
        ana.deliver(reply(night(), 2));
        CliRunner.Result fetched = run("fetch", "replies", "--imap-host", "127.0.0.1", "--imap-port",
                Integer.toString(server.imapPort()), "--imap-security", "none", "--folder", "INBOX");
        assertThat(fetched.exitCode()).as(fetched.err()).isEqualTo(ExitCodes.DONE);
        assertThat(fetched.out()).contains("invitee02@members.example>: Invited → Accepted")
                .contains("Read 1 new message: 1 reply; 1 answer recorded (1 changed), 0 not applied");
        CliRunner.Result nothing = run("fetch", "replies", "--imap-host", "127.0.0.1", "--imap-port",
                Integer.toString(server.imapPort()), "--imap-security", "none");
        assertThat(nothing.out()).contains("Read 0 new messages");
    }

    @Test
    void failuresArePlainAndThePasswordIsNeitherInTheChamberFileNorABackupNorTheLog() throws Exception {
        Path logs = dir.resolve("logs");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        System.setProperty("chamberlain.logDir", logs.toString());
        try {
            // the app's own log configuration, everything at DEBUG, java.util.logging (Jakarta Mail) bridged
            context.reset();
            JoranConfigurator app = new JoranConfigurator();
            app.setContext(context);
            app.doConfigure(getClass().getResource("/logback.xml"));
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
            // the test's mail server runs in this JVM and logs what clients type; it is not Chamberlain
            context.getLogger("com.icegreen").setLevel(Level.OFF);
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.FINE);

            CliRunner.Result wrong = CliRunner.run(Map.of("CHAMBERLAIN_SMTP_PASSWORD", "Wr0ng-Pass-5531"),
                    withDb(smtp()));
            assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
            assertThat(wrong.err()).contains("The server 127.0.0.1 refused the user name or password.")
                    .contains("Nothing was sent.");
            CliRunner.Result noHost = run("send", "invites", "--session", Integer.toString(night), "--smtp-host",
                    "no-such-host.invalid");
            assertThat(noHost.err()).contains("There is no server called \"no-such-host.invalid\"");
            assertThat(run(smtp()).exitCode()).isEqualTo(ExitCodes.DONE);
            assertThat(run("fetch", "replies", "--imap-host", "127.0.0.1", "--imap-port",
                    Integer.toString(server.imapPort()), "--imap-security", "none").exitCode())
                    .isEqualTo(ExitCodes.DONE);
            assertThat(run("backup", dir.resolve("copy.db").toString()).exitCode()).isEqualTo(ExitCodes.DONE);
        } finally {
            context.reset();
            JoranConfigurator tests = new JoranConfigurator();
            tests.setContext(context);
            tests.doConfigure(getClass().getResource("/logback-test.xml"));
            SLF4JBridgeHandler.uninstall();
            System.clearProperty("chamberlain.logDir");
        }
        try (Store store = TestStores.open(db, java.time.Clock.systemUTC())) {
            assertThat(new MailSettingsService(new org.oscc.chamberlain.settings.SettingsRepository(store)).current()
                    .outgoing().user()).isEqualTo(MailTestServer.USER);
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(p -> p.getFileName().toString().equals("copy.db"))
                .anyMatch(p -> p.getFileName().toString().equals("chamber.db"))
                .anyMatch(p -> p.getFileName().toString().startsWith("chamberlain") && p.toString().endsWith(".log"));
        for (String secret : List.of(MailTestServer.PASSWORD, "Wr0ng-Pass-5531")) {
            List<byte[]> forms = List.of(secret.getBytes(StandardCharsets.UTF_8),
                    secret.getBytes(StandardCharsets.UTF_16LE),
                    Base64.getEncoder().encode(("\0" + MailTestServer.USER + "\0" + secret)
                            .getBytes(StandardCharsets.UTF_8)));
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte[] form : forms) {
                    int at = indexOf(bytes, form);
                    assertThat(at).as("%s in %s: %s", secret, file.getFileName(), at < 0 ? "" : new String(bytes,
                            Math.max(0, at - 300), Math.min(400, bytes.length - Math.max(0, at - 300)),
                            StandardCharsets.ISO_8859_1)).isEqualTo(-1);
                }
            }
        }
        String log = Files.readString(files.stream().filter(p -> p.toString().endsWith(".log")).findFirst()
                .orElseThrow());
        assertThat(log).as("the log is written").isNotBlank();
    }

    private String[] withDb(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return all.toArray(new String[0]);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private String night() throws Exception {
        try (Store store = TestStores.open(db, java.time.Clock.systemUTC())) {
            return store.dsl().select(org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT.ICAL_UID)
                    .from(org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT).fetchOne().value1();
        }
    }

    private static MimeMessage reply(String uid, int invitee) throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Example//Calendar//EN", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260620T120000Z", "SEQUENCE:0",
                "ORGANIZER:mailto:" + MailTestServer.ADDRESS, "ATTENDEE;PARTSTAT=ACCEPTED:mailto:"
                        + MailFixture.address(invitee), "END:VEVENT", "END:VCALENDAR", "");
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(MailFixture.address(invitee)));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MailTestServer.ADDRESS));
        m.setSubject("Accepted");
        m.setContent(ics, "text/calendar; method=REPLY; charset=UTF-8");
        m.saveChanges();
        return m;
    }
}
