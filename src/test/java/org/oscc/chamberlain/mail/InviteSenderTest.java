package org.oscc.chamberlain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.calendar.IssuedInvite;
import org.oscc.chamberlain.pitches.SessionStatus;

/** Sending a night's invites through a real SMTP server (GreenMail), plain and over TLS, with its failures. */
class InviteSenderTest {
    @TempDir
    Path dir;
    MailTestServer server;
    MailFixture f;
    final Set<String> refused = ConcurrentHashMap.newKeySet();
    SmtpProxy proxy;

    @BeforeEach
    void start() throws Exception {
        server = new MailTestServer();
        f = new MailFixture(dir);
        proxy = new SmtpProxy(server.smtpPort(), refused);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        f.close();
        server.close();
    }

    private OutgoingAccount viaProxy() {
        return server.smtp(proxy.port(), MailSecurity.NONE);
    }

    private InviteSender sender() {
        return f.sender(MailTestServer.trust());
    }

    /** How many messages each address received, of those the server holds. */
    private Map<String, Integer> receivedPerAddress() throws Exception {
        Map<String, Integer> count = new HashMap<>();
        for (MimeMessage m : server.received()) {
            count.merge(MailAssertions.to(m), 1, Integer::sum);
        }
        return count;
    }

    @Test
    void oneMessagePerInviteeRefusedRecipientListedThenRetriedThenUpdateAndCancel() throws Exception {
        refused.add(MailFixture.address(5));
        SendPlan plan = sender().plan(f.nightId);
        assertThat(plan.count(SendLine.Outcome.WILL_SEND)).isEqualTo(20);
        assertThat(plan.lines()).filteredOn(l -> l.outcome() == SendLine.Outcome.SKIPPED)
                .extracting(SendLine::name, SendLine::words)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Nomail Person", "no e-mail address"),
                        org.assertj.core.groups.Tuple.tuple("Quiet Person", "did not agree to e-mail"));
        assertThat(plan.version()).isEqualTo("invite (number 0)");

        SendReport first = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);

        assertThat(first.count(SendLine.Outcome.SENT)).isEqualTo(19);
        assertThat(first.refused()).singleElement().satisfies(l -> {
            assertThat(l.email()).isEqualTo(MailFixture.address(5));
            assertThat(l.words()).contains("550 5.1.1").contains("User unknown");
        });
        assertThat(first.count(SendLine.Outcome.SKIPPED)).isEqualTo(2);
        assertThat(first.summary()).startsWith("Sent 19 of 20 (invite (number 0)); 1 refused by the server");
        assertThat(first.lines()).filteredOn(l -> l.outcome() == SendLine.Outcome.SENT)
                .allSatisfy(l -> assertThat(l.whenUtc()).isNotNull());
        assertThat(receivedPerAddress()).hasSize(19).doesNotContainKey(MailFixture.address(5))
                .allSatisfy((a, n) -> assertThat(n).isEqualTo(1));
        for (MimeMessage m : server.received()) {
            MailAssertions.carriesInvite(m, "REQUEST", 0);
        }
        assertThat(f.log.forNight(f.nightId)).filteredOn(d -> d.state() == Delivery.State.REFUSED)
                .singleElement().satisfies(d -> assertThat(d.serverReply()).contains("550 5.1.1"));

        // a second Send goes only to the one without it: the refused recipient, now accepted
        refused.clear();
        SendPlan again = sender().plan(f.nightId);
        assertThat(again.toSend()).extracting(SendLine::email).containsExactly(MailFixture.address(5));
        assertThat(again.count(SendLine.Outcome.ALREADY_SENT)).isEqualTo(19);
        SendReport retry = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(retry.count(SendLine.Outcome.SENT)).isEqualTo(1);
        assertThat(receivedPerAddress()).hasSize(20).allSatisfy((a, n) -> assertThat(n).isEqualTo(1));
        assertThat(f.calendar.history(f.nightId)).as("sending in parts records one issue").hasSize(1);

        // nothing new to send: nobody gets the same version twice
        SendReport nothing = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(nothing.count(SendLine.Outcome.SENT)).isZero();
        assertThat(nothing.count(SendLine.Outcome.ALREADY_SENT)).isEqualTo(20);
        assertThat(server.received()).hasSize(20);

        // an update (new start) goes to all 20 with the next SEQUENCE
        f.change(n -> n.withStart(MailFixture.START.plusHours(1), n.timeZone()));
        SendReport update = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(update.version()).isEqualTo("update (number 1)");
        assertThat(update.count(SendLine.Outcome.SENT)).isEqualTo(20);
        assertThat(server.received()).hasSize(40);

        // the cancellation
        f.change(n -> n.withStatus(SessionStatus.CANCELLED));
        SendPlan cancelPlan = sender().plan(f.nightId);
        assertThat(cancelPlan.version()).startsWith("cancellation");
        SendReport cancel = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(cancel.count(SendLine.Outcome.SENT)).isEqualTo(20);
        Map<String, List<String>> versions = new HashMap<>();
        for (MimeMessage m : server.received()) {
            versions.computeIfAbsent(MailAssertions.to(m), k -> new java.util.ArrayList<>())
                    .add(MailAssertions.version(m));
        }
        assertThat(versions).hasSize(20).allSatisfy((address, got) -> assertThat(got)
                .containsExactlyInAnyOrder("REQUEST:0", "REQUEST:1", "CANCEL:2"));
        assertThat(f.log.forNight(f.nightId)).hasSize(60).allSatisfy(d -> assertThat(d.state())
                .isEqualTo(Delivery.State.SENT));
        assertThat(proxy.data).hasSize(60).allSatisfy(bytes -> MailAssertions.crlfOnly(
                new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aConnectionDroppedAfterTheSeventhMessageAndTheResendReachExactlyTheOtherThirteen() throws Exception {
        proxy.dropAtMessage(8);
        SendReport cut = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);

        assertThat(cut.count(SendLine.Outcome.SENT)).isEqualTo(7);
        assertThat(cut.count(SendLine.Outcome.NOT_SENT)).isEqualTo(13);
        assertThat(cut.stoppedBecause()).hasValueSatisfying(s -> assertThat(s)
                .contains("The connection to 127.0.0.1 dropped.").contains("Send again"));
        assertThat(server.received()).hasSize(7);
        assertThat(f.log.forNight(f.nightId)).hasSize(7).allSatisfy(d -> assertThat(d.state())
                .isEqualTo(Delivery.State.SENT));

        proxy.neverDrop();
        SendReport rest = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(rest.count(SendLine.Outcome.SENT)).isEqualTo(13);
        assertThat(rest.count(SendLine.Outcome.ALREADY_SENT)).isEqualTo(7);
        Map<String, Integer> perAddress = receivedPerAddress();
        assertThat(perAddress).hasSize(20).allSatisfy((a, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aMessageLeftSendingByACrashIsNotSentAgainOnItsOwn() throws Exception {
        int issue = f.calendar.recordMailing(f.calendar.prepareMailing(f.nightId)).id();
        int first = f.mailable.get(0);
        f.log.begin(f.nightId, issue, first, 0, IssuedInvite.Method.REQUEST, MailFixture.address(1),
                LocalDateTime.of(2026, 6, 15, 16, 0));

        SendReport report = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);

        assertThat(report.count(SendLine.Outcome.SENT)).isEqualTo(19);
        assertThat(report.lines()).filteredOn(l -> l.outcome() == SendLine.Outcome.UNCERTAIN)
                .extracting(SendLine::email).containsExactly(MailFixture.address(1));
        assertThat(receivedPerAddress()).doesNotContainKey(MailFixture.address(1));
        assertThatThrownBy(() -> f.log.begin(f.nightId, issue, first, 0, IssuedInvite.Method.REQUEST,
                MailFixture.address(1), LocalDateTime.of(2026, 6, 15, 16, 1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelStopsBeforeTheNextMessageAndSendAgainSendsTheRest() throws Exception {
        int[] seen = {0};
        InviteSender.Listener stopAfterThree = new InviteSender.Listener() {
            @Override
            public void done(SendLine line, int done, int total) {
                seen[0] = done;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 3;
            }
        };
        SendReport part = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, stopAfterThree);
        assertThat(part.count(SendLine.Outcome.SENT)).isEqualTo(3);
        assertThat(part.count(SendLine.Outcome.NOT_SENT)).isEqualTo(17);
        assertThat(part.stoppedBecause()).hasValue("Stopped by Cancel: Send again to send the rest.");
        SendReport rest = sender().send(f.nightId, viaProxy(), MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(rest.count(SendLine.Outcome.SENT)).isEqualTo(17);
        assertThat(receivedPerAddress()).hasSize(20).allSatisfy((a, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void sendsOverSslWhenTheServersCertificateIsTrusted() throws Exception {
        SendReport report = sender().send(f.nightId, server.smtp(server.smtpsPort(), MailSecurity.TLS),
                MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(report.count(SendLine.Outcome.SENT)).isEqualTo(20);
        assertThat(receivedPerAddress()).hasSize(20);
        for (MimeMessage m : server.received()) {
            MailAssertions.carriesInvite(m, "REQUEST", 0);
        }
    }

    @Test
    void failuresArePlainAndNothingIsRecorded() throws Exception {
        MailConnections trusting = new MailConnections(MailTestServer.trust());
        assertThatThrownBy(() -> sender().send(f.nightId, viaProxy(), "wrong-password", InviteSender.Listener.NONE))
                .isInstanceOf(MailFailure.class).hasMessageContaining("refused the user name or password")
                .hasMessageContaining("app password")
                .satisfies(e -> assertThat(((MailFailure) e).kind()).isEqualTo(MailFailure.Kind.SIGN_IN_REFUSED));
        assertThat(f.log.forNight(f.nightId)).isEmpty();
        assertThat(f.calendar.history(f.nightId)).isEmpty();

        assertThatThrownBy(() -> trusting.testOutgoing(viaProxy().withHost("no-such-host.invalid"), "x"))
                .isInstanceOf(MailFailure.class).hasMessageContaining("There is no server called \"no-such-host.invalid\"");

        MailConnections system = new MailConnections(TlsTrust.system());
        assertThatThrownBy(() -> system.testOutgoing(server.smtp(server.smtpsPort(), MailSecurity.TLS),
                MailTestServer.PASSWORD)).isInstanceOf(MailFailure.class)
                .hasMessageContaining("is not trusted").hasMessageContaining("GreenMail selfsigned Test Certificate")
                .satisfies(e -> assertThat(((MailFailure) e).kind())
                        .isEqualTo(MailFailure.Kind.CERTIFICATE_NOT_TRUSTED));
        assertThatThrownBy(() -> system.testIncoming(server.imap(true), MailTestServer.PASSWORD))
                .isInstanceOf(MailFailure.class).hasMessageContaining("GreenMail selfsigned Test Certificate");

        assertThat(trusting.testOutgoing(server.smtp(server.smtpsPort(), MailSecurity.TLS), MailTestServer.PASSWORD))
                .isEqualTo("Signed in to 127.0.0.1 as ana.");
        assertThat(trusting.testIncoming(server.imap(true), MailTestServer.PASSWORD))
                .startsWith("Signed in to 127.0.0.1 as ana; the folder \"INBOX\" holds 0 messages.");
        assertThatThrownBy(() -> trusting.testIncoming(server.imap(false), "wrong-password"))
                .isInstanceOf(MailFailure.class).hasMessageContaining("refused the user name or password");
    }
}
