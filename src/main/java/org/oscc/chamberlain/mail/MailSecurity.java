package org.oscc.chamberlain.mail;

import java.util.Locale;
import java.util.Optional;

/** How a connection to a mail server is protected: not at all, upgraded after connecting (STARTTLS), or TLS from the start. */
public enum MailSecurity {
    NONE, STARTTLS, SSL;

    /** Reads "none", "starttls" or "ssl" (any case); empty for anything else. */
    public static Optional<MailSecurity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (MailSecurity s : values()) {
            if (s.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
