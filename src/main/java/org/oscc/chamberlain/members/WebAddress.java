package org.oscc.chamberlain.members;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Web addresses as people type them: "acme.com" becomes "https://acme.com"; an address with its own scheme
 * (http://, https://) is kept as written. Also used for project repository URLs.
 */
public final class WebAddress {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    private WebAddress() {
    }

    /** The address to store: trimmed, with https:// added when no scheme was given; null for blank input. */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return HAS_SCHEME.matcher(text).matches() ? text : "https://" + text;
    }

    /** True for an http(s) address with a host that has a dot (or is localhost), and no spaces. */
    public static boolean isValid(String normalized) {
        if (normalized == null || normalized.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(normalized);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (scheme.equals("https") || scheme.equals("http")) && host != null
                    && (host.contains(".") || host.equalsIgnoreCase("localhost"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
