package org.oscc.chamberlain.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every sentence a person reads, in English or in French (Canada): the one message source of the screens, the CLI
 * and the writers (no JavaFX here). A key that is not in the bundle is a bug and throws: it never shows as the key.
 */
public final class Messages {
    public static final String BUNDLE = "org.oscc.chamberlain.i18n.messages";
    /** Set on a run (-Dchamberlain.lang=fr) to see every screen in one language whatever the system says. */
    public static final String LANGUAGE_PROPERTY = "chamberlain.lang";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    /** The languages Chamberlain speaks, English first. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, FRENCH);
    /** Looks up messages_fr then messages, never the system's default locale's bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final java.util.concurrent.atomic.AtomicReference<Locale> CURRENT =
            new java.util.concurrent.atomic.AtomicReference<>(startLanguage());

    private Messages() {
    }

    /** The language the screens (or this CLI run) speak. */
    public static Locale locale() {
        return CURRENT.get();
    }

    /** Speak {@code locale} from now on (one of {@link #LANGUAGES}; any other French is French (Canada)). */
    public static void use(Locale locale) {
        CURRENT.set(supported(locale));
    }

    public static ResourceBundle bundle() {
        return bundle(CURRENT.get());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The message of {@code key} in the current language, its {0} {1} filled with {@code args}. */
    public static String get(String key, Object... args) {
        return in(CURRENT.get(), key, args);
    }

    /** The message of {@code key} in {@code locale} (what leaves the machine follows the chamber's language). */
    public static String in(Locale locale, String key, Object... args) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No message \"" + key + "\" in " + BUNDLE, BUNDLE, key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /** Whether the bundle has {@code key} (for keys made from a value, such as an enum's name). */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** Numbers as the language writes them: "1,697.8" in English, "1 697,8" in French. */
    public static NumberFormat numbers(int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(CURRENT.get());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }

    /** "fr", "fr-CA", "FR", "en", "en_US" to a language Chamberlain speaks; empty for anything else. */
    public static Optional<Locale> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "fr" -> Optional.of(FRENCH);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The system's language if Chamberlain speaks it, else English. */
    public static Locale systemLanguage() {
        return supported(Locale.getDefault());
    }

    private static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    /** The language a run starts in: -Dchamberlain.lang when given, else the system's. */
    public static Locale startLanguage() {
        return forTag(System.getProperty(LANGUAGE_PROPERTY)).orElseGet(Messages::systemLanguage);
    }
}
