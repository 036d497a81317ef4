package org.oscc.chamberlain.importing;

/** What a spreadsheet import brings in; the store's import_batch.kind. */
public enum ImportKind {
    MEMBERS,
    CONTRIBUTIONS,
    RSVP,
    PLEDGES
}
