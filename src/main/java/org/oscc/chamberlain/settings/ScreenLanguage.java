package org.oscc.chamberlain.settings;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.oscc.chamberlain.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the organizer's screens speak: the system's, or one chosen in Settings. It belongs to the person at
 * this computer, not to the chamber (a bilingual chamber's file is opened by organizers of either language), so it
 * is kept in the user's preferences beside the window's size, not in the chamber file.
 */
public final class ScreenLanguage {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenLanguage.class);
    /** The same property that moves the window's preferences aside in tests moves these too. */
    private static final String NODE_PROPERTY = "chamberlain.prefsNode";
    private static final String KEY = "language";

    /** What the organizer chose: the system's language, or one of the two. */
    public enum Choice {
        SYSTEM(null), ENGLISH(Messages.ENGLISH), FRENCH(Messages.FRENCH);

        private final Locale locale;

        Choice(Locale locale) {
            this.locale = locale;
        }

        /** The language this choice speaks on this computer. */
        public Locale locale() {
            return locale != null ? locale : Messages.systemLanguage();
        }
    }

    private final Preferences prefs;

    public ScreenLanguage() {
        this(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "org/oscc/chamberlain/window")).parent()
                .node(KEY));
    }

    public ScreenLanguage(Preferences prefs) {
        this.prefs = prefs;
    }

    public Choice chosen() {
        try {
            return Choice.valueOf(prefs.get(KEY, Choice.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Choice.SYSTEM;
        }
    }

    public void choose(Choice choice) {
        prefs.put(KEY, choice.name());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the choice still holds for this run; the next start falls back to the system's language
            LOG.warn("Could not keep the screen language", e);
        }
    }

    /** The language to start in: -Dchamberlain.lang when given (tests, screenshots), else the organizer's choice. */
    public Locale atStart() {
        return Messages.forTag(System.getProperty(Messages.LANGUAGE_PROPERTY)).orElseGet(() -> chosen().locale());
    }
}
