-- Pledges can be imported from a spreadsheet (issue 16): import_batch.kind accepts PLEDGES.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt as SQLite's ALTER TABLE page describes,
-- with foreign keys off (dropping the table with them on would first delete what import_change and the tagged rows
-- refer to) and back on after; the sibling .conf runs this script outside Flyway's own transaction.
PRAGMA foreign_keys = OFF;

SAVEPOINT rebuild_import_batch;

CREATE TABLE import_batch_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('MEMBERS', 'CONTRIBUTIONS', 'RSVP', 'PLEDGES')),
    source_name TEXT NOT NULL,
    imported_at DATETIME NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    status      TEXT NOT NULL DEFAULT 'APPLIED' CHECK (status IN ('APPLIED', 'UNDONE')),
    undone_at   DATETIME
);

INSERT INTO import_batch_new (id, kind, source_name, imported_at, row_count, status, undone_at)
SELECT id, kind, source_name, imported_at, row_count, status, undone_at FROM import_batch;

DROP TABLE import_batch;

ALTER TABLE import_batch_new RENAME TO import_batch;

RELEASE rebuild_import_batch;

PRAGMA foreign_keys = ON;
