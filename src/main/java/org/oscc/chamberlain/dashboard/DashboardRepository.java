package org.oscc.chamberlain.dashboard;

import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;

import org.oscc.chamberlain.store.Store;

/** The dashboard's own counts that belong to no other feature's service yet. */
public class DashboardRepository {
    private final Store store;

    public DashboardRepository(Store store) {
        this.store = store;
    }

    /** Member organizations with status ACTIVE that are not archived. */
    public int activeMembers() {
        return store.dsl().fetchCount(ORGANIZATION, ORGANIZATION.STATUS.eq("ACTIVE")
                .and(ORGANIZATION.ARCHIVED_AT.isNull()));
    }
}
