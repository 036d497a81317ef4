package org.oscc.chamberlain.mail;

/**
 * The account invites are sent through (SMTP): server, port, protection, the user name it signs in with (empty: it
 * takes mail without signing in), the From name and address, and at most how many messages a minute (0: no limit)
 * for providers that throttle. No password: that lives in the credential store ({@link MailPasswords}).
 */
public record OutgoingAccount(String host, int port, MailSecurity security, String user, String fromName,
        String fromAddress, int perMinute) {

    public OutgoingAccount {
        host = host == null ? "" : host.strip();
        security = security == null ? MailSecurity.START_TLS : security;
        user = user == null ? "" : user.strip();
        fromName = fromName == null ? "" : fromName.strip();
        fromAddress = fromAddress == null ? "" : fromAddress.strip();
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    public boolean signsIn() {
        return !user.isEmpty();
    }

    /** The credential store's name for this account's password. */
    public String passwordKey() {
        return "smtp:" + user + "@" + host + ":" + port;
    }

    public OutgoingAccount withHost(String h) {
        return new OutgoingAccount(h, port, security, user, fromName, fromAddress, perMinute);
    }

    public OutgoingAccount withPort(int p) {
        return new OutgoingAccount(host, p, security, user, fromName, fromAddress, perMinute);
    }

    public OutgoingAccount withSecurity(MailSecurity s) {
        return new OutgoingAccount(host, port, s, user, fromName, fromAddress, perMinute);
    }

    public OutgoingAccount withUser(String u) {
        return new OutgoingAccount(host, port, security, u, fromName, fromAddress, perMinute);
    }

    public OutgoingAccount withPerMinute(int n) {
        return new OutgoingAccount(host, port, security, user, fromName, fromAddress, n);
    }
}
