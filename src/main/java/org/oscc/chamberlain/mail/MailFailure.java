package org.oscc.chamberlain.mail;

/**
 * A mail server could not be reached or refused us, in plain words for the organizer (wrong password, unknown host,
 * certificate not trusted, connection dropped...). The message never holds a password.
 */
public final class MailFailure extends Exception {
    public enum Kind { SIGN_IN_REFUSED, UNKNOWN_HOST, NO_ANSWER, CERTIFICATE_NOT_TRUSTED, SECURE_CONNECTION, DROPPED,
        NOT_CONFIGURED, NO_PASSWORD, FOLDER_MISSING, OTHER }

    private final Kind kind;

    public MailFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
