package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InviteIssueRepository;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;

/** Builds the calendar service on an open store for the export and import commands, as the window does. */
final class CalendarWiring {
    private CalendarWiring() {
    }

    static CalendarService calendar(Store store) {
        SettingsService settings = new SettingsService(new SettingsRepository(store));
        PitchNightService pitches = new PitchNightService(new PitchNightRepository(store), settings, store.clock());
        return new CalendarService(pitches, new InviteIssueRepository(store), settings, store.clock());
    }
}
