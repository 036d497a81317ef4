package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationRepository;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

class ListMembersCommandTest {
    @TempDir
    Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("chamber.db");
        LocalDate soon = LocalDate.now().plusDays(10);
        try (Store store = TestStores.open(db, java.time.Clock.systemDefaultZone())) {
            MemberService members = new MemberService(new OrganizationRepository(store),
                    new ContactRepository(store), store.clock());
            members.save(Organization.named("株式会社テスト").withTier("Gold")
                    .withMembership(MemberStatus.ACTIVE, soon.minusYears(1), soon),
                    List.of(Contact.named("山田 太郎", "yamada@test.example.jp").withPrimary(true)));
            members.saveOrganization(Organization.named("=SUM(A1) Corp").withDetails("Finance", null, "Montréal"));
            members.saveOrganization(Organization.named("Archived Co"));
            members.archive(members.findByName("Archived Co").orElseThrow().id());
        }
    }

    @Test
    void theTableListsCurrentOrganizationsAlignedWithACount() {
        int code = run("list", "members");

        assertThat(code).isEqualTo(ExitCodes.DONE);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("!  Name ");
        assertThat(lines).hasSize(5).last().isEqualTo("2 organizations");
        assertThat(lines.get(2)).startsWith("   =SUM(A1) Corp   Company");
        assertThat(lines.get(3)).startsWith("!  株式会社テスト  Company"); // 7 wide characters fill 14 cells
        // the Kind column starts at the same terminal cell on every row
        assertThat(TextTable.width(lines.get(2).substring(0, lines.get(2).indexOf("Company"))))
                .isEqualTo(TextTable.width(lines.get(3).substring(0, lines.get(3).indexOf("Company"))));
        assertThat(out.toString()).doesNotContain("Archived Co");
    }

    @Test
    void statusKeepsOnlyThoseOrganizations() {
        int code = run("list", "members", "--status", "active");

        assertThat(code).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("株式会社テスト").doesNotContain("SUM").contains("1 organization");
    }

    @Test
    void csvIsReadableBackAndFormulaLookingValuesAreDefused() throws Exception {
        int code = run("list", "members", "--format", "csv");

        assertThat(code).isEqualTo(ExitCodes.DONE);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("Name")).isEqualTo("'=SUM(A1) Corp");
        assertThat(records.get(0).get("City")).isEqualTo("Montréal");
        assertThat(records.get(1).get("Name")).isEqualTo("株式会社テスト");
        assertThat(records.get(1).get("Primary contact")).isEqualTo("山田 太郎");
        assertThat(records.get(1).get("Attention")).isEqualTo("yes");
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        assertThat(run("list", "members", "--status", "sleeping")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("sleeping");
    }

    @Test
    void listAloneAsksWhatToList() {
        assertThat(run("list")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("list members");
    }

    private int run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        return Cli.run(withDb, d -> 0, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }
}
