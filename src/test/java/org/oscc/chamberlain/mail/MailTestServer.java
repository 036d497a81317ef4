package org.oscc.chamberlain.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;

/**
 * A real mail server for tests: GreenMail with SMTP, IMAP, SMTPS and IMAPS on free ports, the organizer's account
 * (user "ana", password {@link #PASSWORD}) and one mailbox per address that receives mail.
 */
public final class MailTestServer implements AutoCloseable {
    public static final String USER = "ana";
    public static final String PASSWORD = "Gr33n-Secret-7781";
    public static final String ADDRESS = "ana@oscc.example";

    public final GreenMail greenMail;

    public MailTestServer() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)}));
        greenMail.start();
        greenMail.setUser(ADDRESS, USER, PASSWORD);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int smtpsPort() {
        return greenMail.getSmtps().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public int imapsPort() {
        return greenMail.getImaps().getPort();
    }

    public OutgoingAccount smtp(int port, MailSecurity security) {
        return new OutgoingAccount("127.0.0.1", port, security, USER, "Ana Organizer", ADDRESS, 0);
    }

    public IncomingAccount imap(boolean ssl) {
        return new IncomingAccount("127.0.0.1", ssl ? imapsPort() : imapPort(), ssl, USER, "INBOX",
                IncomingAccount.Marking.FLAG, "");
    }

    /** Trusts GreenMail's own self-signed certificate (and nothing else). */
    public static TlsTrust trust() {
        try (InputStream in = GreenMail.class.getResourceAsStream("/greenmail.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "changeit".toCharArray());
            return TlsTrust.only(store);
        } catch (Exception e) {
            throw new AssertionError("GreenMail's certificate could not be read", e);
        }
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The message as the server holds it, headers and body. */
    public static String raw(MimeMessage m) {
        return GreenMailUtil.getWholeMessage(m);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
