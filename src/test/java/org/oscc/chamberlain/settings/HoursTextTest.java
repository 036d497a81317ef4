package org.oscc.chamberlain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.text.Messages;

/** Hours written as the screens' language writes them, and read back in either language. */
class HoursTextTest {

    @AfterEach
    void speakTheRunsLanguageAgain() {
        Messages.use(Messages.startLanguage());
    }

    @Test
    void aWorkWeekReadsWithTheLanguagesDecimalMarkAndIsReadBack() {
        Messages.use(Messages.ENGLISH);
        assertThat(HoursText.fromMinutes(2250)).isEqualTo("37.5");
        assertThat(HoursText.fromMinutes(2400)).isEqualTo("40");
        Messages.use(Messages.FRENCH);
        assertThat(HoursText.fromMinutes(2250)).isEqualTo("37,5");
        assertThat(HoursText.fromMinutes(1201)).isEqualTo("20,02");
        assertThat(HoursText.fromMinutes(72_030)).as("never grouped, so a field reads it back").isEqualTo("1200,5");
        assertThat(HoursText.toMinutes(HoursText.fromMinutes(72_030))).hasValue(72_030);
    }
}
