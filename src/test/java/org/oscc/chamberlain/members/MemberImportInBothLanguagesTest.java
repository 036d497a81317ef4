package org.oscc.chamberlain.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.ImportMappingRepository;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.text.Messages;

/**
 * Importing reads French and English spreadsheets alike (Statut actif, Effectif TI « 1 200 » with a no-break
 * space, 3 avril 2024; Status active, 1,200, April 3, 2024), whichever language the screens speak.
 */
class MemberImportInBothLanguagesTest {
    @TempDir
    Path dir;
    private final Locale before = Messages.locale();

    static Locale[] languages() {
        return Messages.LANGUAGES.toArray(Locale[]::new);
    }

    @AfterEach
    void speakAsBefore() {
        Messages.use(before);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void frenchAndEnglishFilesGiveTheSameMembers(Locale screens) throws Exception {
        Messages.use(screens);
        Member french = importOne("membres.csv", "Nom de l'organisation;Statut;Effectif TI;Effectif;Membre depuis;Courriel\n"
                + "Société Générale d'Œuvres;actif;\"1\u00a0200\";5 000;3 avril 2024;elise@sgo.ca\n");
        Member english = importOne("members.csv", "Organization,Status,IT headcount,Total headcount,Member since,E-mail\n"
                + "Société Générale d'Œuvres,active,\"1,200\",\"5,000\",\"April 3, 2024\",elise@sgo.ca\n");
        assertThat(french).isEqualTo(english);
        assertThat(french).isEqualTo(new Member("Société Générale d'Œuvres", MemberStatus.ACTIVE, 1200, 5000,
                LocalDate.of(2024, 4, 3), "elise@sgo.ca"));
    }

    record Member(String name, MemberStatus status, Integer it, Integer total, LocalDate since, String email) {
    }

    private Member importOne(String name, String csv) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (Store store = TestStores.fresh(dir.resolve(name + ".d"), TestStores.FIXED_CLOCK)) {
            ChamberServices services = ChamberServices.on(store, new DataFolders(dir.resolve(name + ".home")));
            MemberImporter importer = services.memberImporter();
            ColumnMapping mapping = importer.mappingFor(importer.preview(file, 0).headers());
            DryRun<NewMember> run = importer.dryRun(file, mapping);
            assertThat(run.problems()).as(name).isEmpty();
            importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false);
            MemberService members = services.members();
            MemberDetail d = members.get(members.list(MemberFilter.all()).get(0).id());
            Organization o = d.organization();
            return new Member(o.name(), o.status(), o.itHeadcount(), o.totalHeadcount(), o.memberSince(),
                    d.contacts().get(0).email());
        }
    }
}
