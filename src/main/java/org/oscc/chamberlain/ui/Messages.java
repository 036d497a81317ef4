package org.oscc.chamberlain.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings (resource bundle i18n/messages; English first, French for Canada planned). */
public final class Messages {
    public static final String BUNDLE = "org.oscc.chamberlain.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE);
    }

    public static String get(String key, Object... args) {
        try {
            String pattern = bundle().getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
