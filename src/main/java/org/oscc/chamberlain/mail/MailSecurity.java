package org.oscc.chamberlain.mail;

import java.util.Locale;
import java.util.Optional;

/**
 * How a connection to a mail server is protected: not at all, upgraded after connecting (STARTTLS), or TLS from the
 * start (what mail programs call SSL).
 */
public enum MailSecurity {
    NONE, START_TLS, TLS;

    /** Reads "none", "starttls" or "ssl" (as the command line and mail programs say them) or a constant's name. */
    public static Optional<MailSecurity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "NONE" -> Optional.of(NONE);
            case "STARTTLS", "START_TLS" -> Optional.of(START_TLS);
            case "SSL", "TLS" -> Optional.of(TLS);
            default -> Optional.empty();
        };
    }
}
