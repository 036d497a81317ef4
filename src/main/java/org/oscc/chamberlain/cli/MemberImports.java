package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.importing.ImportBatchRepository;
import org.oscc.chamberlain.importing.ImportMappingRepository;
import org.oscc.chamberlain.members.MemberImportRepository;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.store.Store;

/** Builds the member importer on an open store, for the import commands. */
final class MemberImports {
    private MemberImports() {
    }

    static MemberImporter on(Store store) {
        ImportBatchRepository batches = new ImportBatchRepository(store);
        return new MemberImporter(new MemberImportRepository(store, batches), new ImportMappingRepository(store),
                batches, store.clock());
    }
}
