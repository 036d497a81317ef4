package org.oscc.chamberlain.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.oscc.chamberlain.text.Messages;

/**
 * Opens connections to the chamber's mail servers (SMTP to send, IMAP to read replies) and turns every way that can
 * fail into {@link MailFailure}'s plain words. A certificate that is not trusted is named in the message, as the
 * organizer has to decide about it. Jakarta Mail's debug output (which would show the sign-in) is never turned on.
 */
public final class MailConnections {
    private static final String TIMEOUT_MS = "20000";

    private final TlsTrust trust;

    public MailConnections(TlsTrust trust) {
        this.trust = trust;
    }

    /** An open SMTP connection, signed in when the account has a user. */
    public Connected<Transport> openOutgoing(OutgoingAccount account, String password) throws MailFailure {
        if (!account.configured()) {
            throw new MailFailure(MailFailure.Kind.NOT_CONFIGURED,
                    Messages.get("mailFailure.noOutgoing"), null);
        }
        AtomicReference<X509Certificate> refused = new AtomicReference<>();
        Properties p = new Properties();
        p.put("mail.smtp.host", account.host());
        p.put("mail.smtp.port", Integer.toString(account.port()));
        p.put("mail.smtp.auth", Boolean.toString(account.signsIn()));
        p.put("mail.smtp.ssl.enable", Boolean.toString(account.security() == MailSecurity.TLS));
        p.put("mail.smtp.starttls.enable", Boolean.toString(account.security() == MailSecurity.START_TLS));
        p.put("mail.smtp.starttls.required", Boolean.toString(account.security() == MailSecurity.START_TLS));
        secure(p, "mail.smtp", refused);
        p.put("mail.smtp.localhost", localName(account.fromAddress()));
        Session session = Session.getInstance(p);
        try {
            Transport transport = session.getTransport("smtp");
            if (account.signsIn()) {
                transport.connect(account.host(), account.port(), account.user(), password == null ? "" : password);
            } else {
                transport.connect();
            }
            return new Connected<>(session, transport);
        } catch (MessagingException e) {
            throw describe(e, account.host(), account.port(), refused.get());
        }
    }

    /** An open IMAP store, signed in. */
    public Connected<Store> openIncoming(IncomingAccount account, String password) throws MailFailure {
        if (!account.configured()) {
            throw new MailFailure(MailFailure.Kind.NOT_CONFIGURED,
                    Messages.get("mailFailure.noIncoming"), null);
        }
        AtomicReference<X509Certificate> refused = new AtomicReference<>();
        Properties p = new Properties();
        p.put("mail.imap.host", account.host());
        p.put("mail.imap.port", Integer.toString(account.port()));
        p.put("mail.imap.ssl.enable", Boolean.toString(account.ssl()));
        // reading a message must not mark it read: only processed replies are marked
        p.put("mail.imap.peek", "true");
        secure(p, "mail.imap", refused);
        Session session = Session.getInstance(p);
        try {
            Store store = session.getStore("imap");
            store.connect(account.host(), account.port(), account.user(), password == null ? "" : password);
            return new Connected<>(session, store);
        } catch (MessagingException e) {
            throw describe(e, account.host(), account.port(), refused.get());
        }
    }

    /** Signs in to the outgoing server and leaves; says what it found. */
    public String testOutgoing(OutgoingAccount account, String password) throws MailFailure {
        try (Connected<Transport> c = openOutgoing(account, password)) {
            return account.signsIn() ? Messages.get("mailTest.signedIn", account.host(), account.user())
                    : Messages.get("mailTest.connected", account.host());
        }
    }

    /** Signs in to the incoming server and opens the replies folder; says how many messages it holds. */
    public String testIncoming(IncomingAccount account, String password) throws MailFailure {
        try (Connected<Store> c = openIncoming(account, password)) {
            Folder folder = c.connection().getFolder(account.folder());
            if (!folder.exists()) {
                throw new MailFailure(MailFailure.Kind.FOLDER_MISSING, Messages.get("mailTest.noFolder",
                        account.host(), account.folder()), null);
            }
            return Messages.get("mailTest.folder", account.host(), account.user(), account.folder(),
                    folder.getMessageCount());
        } catch (MessagingException e) {
            throw describe(e, account.host(), account.port(), null);
        }
    }

    /** An open connection and its session; closing it never throws. */
    public record Connected<T extends jakarta.mail.Service>(Session session, T connection) implements AutoCloseable {
        @Override
        public void close() {
            try {
                connection.close();
            } catch (MessagingException e) {
                // already gone: nothing left to close
            }
        }
    }

    /** The plain words for a failed connection or command. {@code certificate}: one the server showed and we refused. */
    public static MailFailure describe(Exception e, String host, int port, X509Certificate certificate) {
        String where = Messages.get("mailFailure.where", host, Integer.toString(port));
        if (e instanceof AuthenticationFailedException) {
            String words = e.getMessage() == null ? "" : e.getMessage().strip();
            String said = words.isEmpty() ? "" : " " + Messages.get("mailFailure.said", words
                    + (words.matches(".*[.!?]$") ? "" : "."));
            return new MailFailure(MailFailure.Kind.SIGN_IN_REFUSED, Messages.get("mailFailure.signIn", host) + said
                    + " " + Messages.get("mailFailure.appPassword"), e);
        }
        if (certificate != null) {
            return new MailFailure(MailFailure.Kind.CERTIFICATE_NOT_TRUSTED, Messages.get("mailFailure.certificate",
                    host, certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName()), e);
        }
        Throwable root = e;
        for (Throwable t = e; t != null; t = next(t)) {
            root = t;
            if (t instanceof UnknownHostException) {
                return new MailFailure(MailFailure.Kind.UNKNOWN_HOST, Messages.get("mailFailure.unknownHost", host), e);
            }
            if (t instanceof ConnectException) {
                return new MailFailure(MailFailure.Kind.NO_ANSWER, Messages.get("mailFailure.noAnswer", where), e);
            }
            if (t instanceof SocketTimeoutException) {
                return new MailFailure(MailFailure.Kind.NO_ANSWER, Messages.get("mailFailure.timeout", where), e);
            }
            if (t instanceof SSLException) {
                return new MailFailure(MailFailure.Kind.SECURE_CONNECTION, Messages.get("mailFailure.secure", where),
                        e);
            }
            if (t instanceof SocketException || t instanceof EOFException) {
                return dropped(host, e);
            }
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        if (text.contains("STARTTLS")) {
            return new MailFailure(MailFailure.Kind.SECURE_CONNECTION, Messages.get("mailFailure.noStartTls", where),
                    e);
        }
        if (text.contains("[EOF]") || text.toLowerCase(java.util.Locale.ROOT).contains("connection")) {
            return dropped(host, e);
        }
        return new MailFailure(MailFailure.Kind.OTHER, host + ": " + text, e);
    }

    static MailFailure dropped(String host, Exception e) {
        return new MailFailure(MailFailure.Kind.DROPPED, Messages.get("mailFailure.dropped", host), e);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private void secure(Properties p, String prefix, AtomicReference<X509Certificate> refused) {
        p.put(prefix + ".connectiontimeout", TIMEOUT_MS);
        p.put(prefix + ".timeout", TIMEOUT_MS);
        p.put(prefix + ".writetimeout", TIMEOUT_MS);
        p.put(prefix + ".ssl.checkserveridentity", Boolean.toString(trust.checkServerName()));
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Witness(trust.trustManager(), refused)}, null);
            p.put(prefix + ".ssl.socketFactory", context.getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    private static String localName(String fromAddress) {
        int at = fromAddress.lastIndexOf('@');
        return at < 0 ? "localhost" : fromAddress.substring(at + 1);
    }

    /** Trusts what the delegate trusts, and remembers the certificate it refused, to name it. */
    private static final class Witness implements X509TrustManager {
        private final X509TrustManager delegate;
        private final AtomicReference<X509Certificate> refused;

        Witness(X509TrustManager delegate, AtomicReference<X509Certificate> refused) {
            this.delegate = delegate;
            this.refused = refused;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                if (chain != null && chain.length > 0) {
                    refused.set(chain[0]);
                }
                throw e;
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
