package org.oscc.chamberlain.importing;

/** What committing will do with one record: create it, or update the stored record {@code existingId}. */
public record PlannedChange<T>(int row, T record, Action action, Long existingId) {

    public enum Action {
        CREATE,
        UPDATE
    }

    static <T> PlannedChange<T> create(int row, T record) {
        return new PlannedChange<>(row, record, Action.CREATE, null);
    }
}
