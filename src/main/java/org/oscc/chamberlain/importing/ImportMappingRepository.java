package org.oscc.chamberlain.importing;

import static org.oscc.chamberlain.store.jooq.Tables.IMPORT_MAPPING;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.oscc.chamberlain.store.Store;

/** Remembers the column mapping chosen for a kind of import and a header signature, for the next such file. */
public class ImportMappingRepository {
    private final Store store;

    public ImportMappingRepository(Store store) {
        this.store = store;
    }

    /** The mapping last saved for files of this kind with these headers (same signature), if any. */
    public Optional<ColumnMapping> find(ImportKind kind, List<String> headers) {
        return store.dsl().select(IMPORT_MAPPING.MAPPING).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.KIND.eq(kind.name()))
                .and(IMPORT_MAPPING.HEADER_SIGNATURE.eq(HeaderNames.signature(headers)))
                .fetchOptional(IMPORT_MAPPING.MAPPING)
                .map(text -> ColumnMapping.decode(headers, text));
    }

    /** Saves (or replaces) the mapping for its header signature. */
    public void save(ImportKind kind, ColumnMapping mapping) {
        LocalDateTime now = LocalDateTime.now(store.clock().withZone(ZoneOffset.UTC));
        String text = mapping.encode();
        store.dsl().insertInto(IMPORT_MAPPING, IMPORT_MAPPING.KIND, IMPORT_MAPPING.HEADER_SIGNATURE,
                        IMPORT_MAPPING.MAPPING, IMPORT_MAPPING.UPDATED_AT)
                .values(kind.name(), mapping.signature(), text, now)
                .onConflict(IMPORT_MAPPING.KIND, IMPORT_MAPPING.HEADER_SIGNATURE).doUpdate()
                .set(IMPORT_MAPPING.MAPPING, text).set(IMPORT_MAPPING.UPDATED_AT, now)
                .execute();
    }
}
