package org.oscc.chamberlain.ui;

import java.util.ResourceBundle;

/** The screens' short way to {@link org.oscc.chamberlain.text.Messages}, the one message source. */
public final class Messages {
    public static final String BUNDLE = org.oscc.chamberlain.text.Messages.BUNDLE;

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return org.oscc.chamberlain.text.Messages.bundle();
    }

    public static String get(String key, Object... args) {
        return org.oscc.chamberlain.text.Messages.get(key, args);
    }
}
