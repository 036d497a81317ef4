package org.oscc.chamberlain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.text.Messages;

/**
 * The language of what leaves the machine is the chamber's: a new chamber starts in its organizer's language, one
 * that has settings from before the choice existed speaks English as it always did, and a choice saved is kept.
 */
class DocumentLanguageTest {
    @TempDir
    Path dir;
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreTheLanguage() {
        Messages.use(before);
    }

    @Test
    void aNewChamberSpeaksTheOrganizersLanguageUntilSettingsAreSaved() {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            Messages.use(Messages.FRENCH);
            assertThat(settings.current().documentLanguage()).isEqualTo(Messages.FRENCH);
            Messages.use(Messages.ENGLISH);
            assertThat(settings.current().documentLanguage()).isEqualTo(Messages.ENGLISH);
        }
    }

    @Test
    void aChamberWithEarlierSettingsSpeaksEnglishWhateverTheScreens() {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsRepository repository = new SettingsRepository(store);
            repository.saveAll(Map.of(SettingsService.CHAMBER_NAME, "Moncton OSCC", SettingsService.PAPER, "A4"));
            Messages.use(Messages.FRENCH);
            assertThat(new SettingsService(repository).current().documentLanguage()).isEqualTo(Messages.ENGLISH);
        }
    }

    @Test
    void aChoiceSavedIsKeptAndIndependentOfTheScreens() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsRepository repository = new SettingsRepository(store);
            SettingsService settings = new SettingsService(repository);
            settings.save(ChamberSettings.DEFAULTS.withDocumentLanguage(Locale.forLanguageTag("fr-FR")));
            assertThat(repository.loadAll()).containsEntry(SettingsService.DOCUMENT_LANGUAGE, "fr");
            Messages.use(Messages.ENGLISH);
            assertThat(settings.current().documentLanguage()).isEqualTo(Messages.FRENCH);
            settings.save(settings.current().withDocumentLanguage(Messages.ENGLISH));
            Messages.use(Messages.FRENCH);
            assertThat(settings.current().documentLanguage()).isEqualTo(Messages.ENGLISH);
        }
    }
}
