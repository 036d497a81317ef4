package org.oscc.chamberlain.pledges;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.oscc.chamberlain.store.Store;

/** Members, projects and contacts written straight into a test store, as the members feature would. */
public final class PledgeFixtures {
    private static final LocalDateTime T = LocalDateTime.of(2026, 1, 1, 0, 0);
    private final DSLContext dsl;

    public PledgeFixtures(Store store) {
        this.dsl = store.dsl();
    }

    /** The pledge service as the window and the CLI get it, from the composition root. */
    public static PledgeService service(Store store) {
        return org.oscc.chamberlain.root.ChamberServices.on(store,
                new org.oscc.chamberlain.store.DataFolders(store.file().getParent().resolve("home"))).pledges();
    }

    public long member(String name, Integer itHeadcount) {
        return dsl.insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name)
                .set(ORGANIZATION.NAME_KEY, name.toLowerCase().replaceAll("[^a-z0-9]", ""))
                .set(ORGANIZATION.IT_HEADCOUNT, itHeadcount).set(ORGANIZATION.STATUS, "ACTIVE")
                .set(ORGANIZATION.CREATED_AT, T).set(ORGANIZATION.UPDATED_AT, T)
                .returning(ORGANIZATION.ID).fetchOne().getId();
    }

    public void archive(long memberId) {
        dsl.update(ORGANIZATION).set(ORGANIZATION.ARCHIVED_AT, T).where(ORGANIZATION.ID.eq((int) memberId)).execute();
    }

    public void setItHeadcount(long memberId, int headcount) {
        dsl.update(ORGANIZATION).set(ORGANIZATION.IT_HEADCOUNT, headcount)
                .where(ORGANIZATION.ID.eq((int) memberId)).execute();
    }

    public long project(String name) {
        return dsl.insertInto(PROJECT).set(PROJECT.NAME, name).set(PROJECT.NAME_KEY, name.toLowerCase())
                .set(PROJECT.CREATED_AT, T).set(PROJECT.UPDATED_AT, T).returning(PROJECT.ID).fetchOne().getId();
    }

    public long contact(String name) {
        return dsl.insertInto(CONTACT).set(CONTACT.FULL_NAME, name).set(CONTACT.CREATED_AT, T)
                .set(CONTACT.UPDATED_AT, T).returning(CONTACT.ID).fetchOne().getId();
    }

    /** Every pledge and contribution row as text: equal snapshots mean the store was not changed. */
    public String pledgeData() {
        return dsl.selectFrom(PLEDGE).orderBy(PLEDGE.ID).fetch().formatCSV()
                + dsl.selectFrom(CONTRIBUTION).orderBy(CONTRIBUTION.ID).fetch().formatCSV();
    }
}
