package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

class ImportMappingRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aMappingIsRememberedForTheNextFileWithTheSameHeaders() {
        List<String> headers = List.of("Nom de l'organisation", "Courriel", "Inscrit le");
        ColumnMapping chosen = ColumnMapping.empty(headers).map("name", 0).map("email", 1).map("since", 2)
                .withDateOrder(DateOrder.DAY_FIRST);
        try (Store store = TestStores.fresh(dir)) {
            new ImportMappingRepository(store).save(ImportKind.MEMBERS, chosen);
        }

        try (Store reopened = TestStores.open(dir.resolve("chamber.db"), TestStores.FIXED_CLOCK)) {
            ImportMappingRepository mappings = new ImportMappingRepository(reopened);
            List<String> sameHeadersTypedDifferently = List.of("NOM DE L’ORGANISATION", "courriel", "Inscrit  le");

            ColumnMapping found = mappings.find(ImportKind.MEMBERS, sameHeadersTypedDifferently).orElseThrow();
            assertThat(found.columns()).isEqualTo(chosen.columns());
            assertThat(found.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
            assertThat(found.headers()).isEqualTo(sameHeadersTypedDifferently);
            assertThat(mappings.find(ImportKind.CONTRIBUTIONS, headers)).isEmpty();
            assertThat(mappings.find(ImportKind.MEMBERS, List.of("Courriel", "Nom de l'organisation", "Inscrit le")))
                    .isEmpty();
        }
    }

    @Test
    void savingAgainReplacesTheRememberedMapping() {
        List<String> headers = List.of("A", "B");
        try (Store store = TestStores.fresh(dir)) {
            ImportMappingRepository mappings = new ImportMappingRepository(store);
            mappings.save(ImportKind.MEMBERS, ColumnMapping.empty(headers).map("name", 0));
            mappings.save(ImportKind.MEMBERS, ColumnMapping.empty(headers).map("name", 1));

            assertThat(mappings.find(ImportKind.MEMBERS, headers).orElseThrow().columnOf("name")).isEqualTo(1);
        }
    }
}
