package org.oscc.chamberlain.mail;

/**
 * The account RSVP replies are read from (IMAP): server, port, TLS or not, user, the folder replies arrive in, and
 * how a processed reply is marked: flagged as read where it is, or moved to {@code processedFolder}.
 */
public record IncomingAccount(String host, int port, boolean ssl, String user, String folder, Marking marking,
        String processedFolder) {
    /** Where processed replies go by default: a folder on the mail server, named alike in every language. */
    static final String DEFAULT_PROCESSED_FOLDER = "Chamberlain replies"; // not a message

    public enum Marking { FLAG, MOVE }

    public IncomingAccount {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        marking = marking == null ? Marking.FLAG : marking;
        processedFolder = processedFolder == null || processedFolder.isBlank() ? DEFAULT_PROCESSED_FOLDER
                : processedFolder.strip();
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    public String passwordKey() {
        return "imap:" + user + "@" + host + ":" + port;
    }

    public IncomingAccount withHost(String h) {
        return new IncomingAccount(h, port, ssl, user, folder, marking, processedFolder);
    }

    public IncomingAccount withPort(int p) {
        return new IncomingAccount(host, p, ssl, user, folder, marking, processedFolder);
    }

    public IncomingAccount withSsl(boolean s) {
        return new IncomingAccount(host, port, s, user, folder, marking, processedFolder);
    }

    public IncomingAccount withUser(String u) {
        return new IncomingAccount(host, port, ssl, u, folder, marking, processedFolder);
    }

    public IncomingAccount withFolder(String f) {
        return new IncomingAccount(host, port, ssl, user, f, marking, processedFolder);
    }

    public IncomingAccount withMarking(Marking m, String to) {
        return new IncomingAccount(host, port, ssl, user, folder, m, to);
    }
}
