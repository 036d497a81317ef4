package org.oscc.chamberlain.dashboard;

import java.util.Map;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;

/** What the chamber holds, in numbers. */
public class ChamberOverviewService {
    private final Store store;
    private final SettingsService settings;

    public ChamberOverviewService(Store store, SettingsService settings) {
        this.store = store;
        this.settings = settings;
    }

    public ChamberOverview overview() {
        Map<String, Integer> counts = store.rowCounts();
        return new ChamberOverview(settings.current().chamberName(), counts.get("organization"),
                counts.get("contact"), counts.get("project"), counts.get("pledge"), counts.get("contribution"),
                counts.get("pitch_night"));
    }
}
