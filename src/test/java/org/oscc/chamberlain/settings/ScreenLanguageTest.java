package org.oscc.chamberlain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.text.Messages;

/** The organizer's screen language is kept between runs; without a choice the system's language is spoken. */
class ScreenLanguageTest {
    private final Preferences node = Preferences.userRoot().node("chamberlain-tests/screen-language-test");

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void withoutAChoiceTheSystemsLanguageIsSpoken() {
        ScreenLanguage language = new ScreenLanguage(node);
        assertThat(language.chosen()).isEqualTo(ScreenLanguage.Choice.SYSTEM);
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CANADA_FRENCH);
            assertThat(language.chosen().locale()).isEqualTo(Messages.FRENCH);
            Locale.setDefault(Locale.GERMANY);
            assertThat(language.chosen().locale()).isEqualTo(Messages.ENGLISH);
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void aChoiceIsKeptForTheNextStart() {
        new ScreenLanguage(node).choose(ScreenLanguage.Choice.FRENCH);
        ScreenLanguage next = new ScreenLanguage(node);
        assertThat(next.chosen()).isEqualTo(ScreenLanguage.Choice.FRENCH);
        assertThat(next.atStart()).isEqualTo(Messages.FRENCH);
        next.choose(ScreenLanguage.Choice.ENGLISH);
        assertThat(new ScreenLanguage(node).atStart()).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void aValueNoLongerKnownFallsBackToTheSystem() {
        node.put("language", "KLINGON");
        assertThat(new ScreenLanguage(node).chosen()).isEqualTo(ScreenLanguage.Choice.SYSTEM);
    }
}
