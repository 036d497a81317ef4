package org.oscc.chamberlain.mail;

/** The chamber's two mail accounts: where invites go out, where replies come in. */
public record MailAccounts(OutgoingAccount outgoing, IncomingAccount incoming) {
    public static final MailAccounts NONE = new MailAccounts(
            new OutgoingAccount("", 587, MailSecurity.START_TLS, "", "", "", 0),
            new IncomingAccount("", 993, true, "", "INBOX", IncomingAccount.Marking.FLAG, ""));
}
