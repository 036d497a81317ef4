package org.oscc.chamberlain.settings;

import static org.oscc.chamberlain.store.jooq.Tables.SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;

/** Reads and writes the key/value rows of the {@code setting} table. */
public class SettingsRepository {
    private final DSLContext dsl;

    public SettingsRepository(Store store) {
        this.dsl = store.dsl();
    }

    public Map<String, String> loadAll() {
        Map<String, String> values = new LinkedHashMap<>();
        dsl.selectFrom(SETTING).orderBy(SETTING.KEY).forEach(r -> values.put(r.getKey(), r.getValue()));
        return values;
    }

    /** Writes all values in one transaction. */
    public void saveAll(Map<String, String> values) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            for (Map.Entry<String, String> e : values.entrySet()) {
                tx.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(e.getKey(), e.getValue())
                        .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, e.getValue()).execute();
            }
        });
    }
}
