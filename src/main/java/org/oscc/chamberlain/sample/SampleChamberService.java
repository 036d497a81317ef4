package org.oscc.chamberlain.sample;

import java.time.Clock;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.InvalidInputException;

/** Loads the fictional sample chamber, so a new organizer can try every screen before entering real data. */
public class SampleChamberService {
    private final SampleChamberRepository repository;
    private final SettingsService settings;
    private final Clock clock;

    public SampleChamberService(SampleChamberRepository repository, SettingsService settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes the sample chamber (as of the clock's today) and its settings in one transaction.
     *
     * @param force replace whatever the store holds; without it a store that holds data is refused
     * @throws InvalidInputException when the store is not empty and {@code force} is false (nothing is written)
     */
    public SampleSummary load(boolean force) throws InvalidInputException {
        SampleChamber chamber = SampleChamber.build(clock);
        boolean replaced = repository.write(chamber, settings.storedValues(chamber.settings()), force);
        return SampleSummary.of(chamber, replaced);
    }
}
