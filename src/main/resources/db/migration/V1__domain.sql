-- Chamberlain's whole domain schema (issue 2). Later changes go in new migrations; never edit this one once shipped.
-- Conventions: durations are integer minutes; percentages are integer basis points (1% = 100);
-- dates are ISO text (DATE -> LocalDate), instants are UTC text (DATETIME -> LocalDateTime).
-- No PRAGMA here: connection settings (foreign keys, WAL, busy timeout) are set by the store on every connection.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('MEMBERS', 'CONTRIBUTIONS', 'RSVP')),
    source_name TEXT NOT NULL,
    imported_at DATETIME NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    status      TEXT NOT NULL DEFAULT 'APPLIED' CHECK (status IN ('APPLIED', 'UNDONE')),
    undone_at   DATETIME
);

-- What an import changed, so that it can be undone in one step: rows it inserted, and the prior values of rows it updated.
CREATE TABLE import_change (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    import_batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    table_name      TEXT NOT NULL,
    row_id          INTEGER NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE')),
    before_values   TEXT
);
CREATE INDEX import_change_batch ON import_change (import_batch_id);

-- Column mappings remembered for the next file with the same headers.
CREATE TABLE import_mapping (
    kind             TEXT NOT NULL,
    header_signature TEXT NOT NULL,
    mapping          TEXT NOT NULL,
    updated_at       DATETIME NOT NULL,
    PRIMARY KEY (kind, header_signature)
);

CREATE TABLE organization (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- name folded for uniqueness: lower case, accents kept, spacing and punctuation removed
    name_key        TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL DEFAULT 'COMPANY'
                    CHECK (kind IN ('COMPANY', 'PUBLIC_SECTOR', 'NON_PROFIT', 'ACADEMIC')),
    sector          TEXT,
    website         TEXT,
    city            TEXT,
    it_headcount    INTEGER CHECK (it_headcount IS NULL OR it_headcount >= 0),
    total_headcount INTEGER CHECK (total_headcount IS NULL OR total_headcount >= 0),
    tier            TEXT,
    status          TEXT NOT NULL DEFAULT 'PROSPECT'
                    CHECK (status IN ('PROSPECT', 'ACTIVE', 'LAPSED', 'WITHDRAWN')),
    member_since    DATE,
    renewal_due     DATE,
    notes           TEXT,
    archived_at     DATETIME,
    import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL
);
CREATE INDEX organization_status ON organization (status, tier);
CREATE INDEX organization_renewal ON organization (renewal_due);

-- Lifecycle history, for "joined, lapsed or withdrawn since the previous board report".
CREATE TABLE organization_status_change (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('PROSPECT', 'ACTIVE', 'LAPSED', 'WITHDRAWN')),
    changed_on      DATE NOT NULL
);
CREATE INDEX organization_status_change_org ON organization_status_change (organization_id, changed_on);
CREATE INDEX organization_status_change_date ON organization_status_change (changed_on);

CREATE TABLE contact (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    organization_id INTEGER REFERENCES organization (id) ON DELETE CASCADE,
    full_name       TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    role_title      TEXT,
    email           TEXT,
    email_key       TEXT,
    phone           TEXT,
    is_primary      BOOLEAN NOT NULL DEFAULT 0,
    email_consent   BOOLEAN NOT NULL DEFAULT 0,
    notes           TEXT,
    archived_at     DATETIME,
    import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL
);
CREATE INDEX contact_organization ON contact (organization_id);
CREATE INDEX contact_email_key ON contact (email_key);
CREATE UNIQUE INDEX contact_one_primary ON contact (organization_id) WHERE is_primary = 1 AND organization_id IS NOT NULL;

CREATE TABLE project (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key       TEXT NOT NULL UNIQUE,
    repository_url TEXT,
    website        TEXT,
    licence_spdx   TEXT,
    stage          TEXT NOT NULL DEFAULT 'EMERGING' CHECK (stage IN ('EMERGING', 'ESTABLISHED')),
    description    TEXT,
    archived_at    DATETIME,
    created_at     DATETIME NOT NULL,
    updated_at     DATETIME NOT NULL
);

-- Key people of a project (maintainers, community leads).
CREATE TABLE project_person (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role       TEXT,
    PRIMARY KEY (project_id, contact_id)
);
CREATE INDEX project_person_contact ON project_person (contact_id);

CREATE TABLE pitch_night (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
    -- wall-clock start in time_zone (e.g. 2026-12-03 18:00 in America/Toronto)
    starts_at          DATETIME NOT NULL,
    time_zone          TEXT NOT NULL,
    duration_minutes   INTEGER NOT NULL CHECK (duration_minutes > 0),
    venue_name         TEXT,
    venue_address      TEXT,
    online_url         TEXT,
    capacity           INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    status             TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SCHEDULED', 'CANCELLED', 'HELD')),
    description        TEXT,
    organizer_name     TEXT,
    organizer_email    TEXT,
    -- calendar identity: the UID never changes; SEQUENCE rises with each issued change
    ical_uid           TEXT NOT NULL UNIQUE,
    ical_sequence      INTEGER NOT NULL DEFAULT 0 CHECK (ical_sequence >= 0),
    reminder_minutes   TEXT NOT NULL DEFAULT '1440,60',
    created_at         DATETIME NOT NULL,
    updated_at         DATETIME NOT NULL
);
CREATE INDEX pitch_night_starts ON pitch_night (starts_at);

-- Agenda slots of a pitch night: pitches and breaks, in order.
CREATE TABLE agenda_slot (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    pitch_night_id       INTEGER NOT NULL REFERENCES pitch_night (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL CHECK (position >= 0),
    kind                 TEXT NOT NULL DEFAULT 'PITCH' CHECK (kind IN ('PITCH', 'BREAK')),
    project_id           INTEGER REFERENCES project (id),
    presenter_contact_id INTEGER REFERENCES contact (id),
    title                TEXT,
    minutes              INTEGER NOT NULL CHECK (minutes > 0),
    ask_minutes          INTEGER CHECK (ask_minutes IS NULL OR ask_minutes >= 0),
    ask_skills           TEXT
);
CREATE INDEX agenda_slot_night ON agenda_slot (pitch_night_id, position);
CREATE INDEX agenda_slot_project ON agenda_slot (project_id);

CREATE TABLE invitation (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    pitch_night_id    INTEGER NOT NULL REFERENCES pitch_night (id) ON DELETE CASCADE,
    contact_id        INTEGER NOT NULL REFERENCES contact (id),
    rsvp              TEXT NOT NULL DEFAULT 'INVITED'
                      CHECK (rsvp IN ('INVITED', 'ACCEPTED', 'TENTATIVE', 'DECLINED', 'WAITLISTED')),
    rsvp_changed_at   DATETIME NOT NULL,
    waitlist_position INTEGER CHECK (waitlist_position IS NULL OR waitlist_position > 0),
    attendance        TEXT CHECK (attendance IS NULL OR attendance IN ('ATTENDED', 'NO_SHOW')),
    role              TEXT NOT NULL DEFAULT 'REQ-PARTICIPANT',
    invited_at        DATETIME NOT NULL,
    UNIQUE (pitch_night_id, contact_id)
);
CREATE INDEX invitation_contact ON invitation (contact_id);

-- Each issued calendar invite (request, cancel), with what it said, so the next issue can show what changed.
CREATE TABLE invite_issue (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    pitch_night_id INTEGER NOT NULL REFERENCES pitch_night (id) ON DELETE CASCADE,
    sequence       INTEGER NOT NULL CHECK (sequence >= 0),
    method         TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL', 'PUBLISH')),
    issued_at      DATETIME NOT NULL,
    snapshot       TEXT NOT NULL
);
CREATE INDEX invite_issue_night ON invite_issue (pitch_night_id, sequence);

CREATE TABLE pledge (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    organization_id      INTEGER NOT NULL REFERENCES organization (id),
    -- NULL project: the chamber's general pool
    project_id           INTEGER REFERENCES project (id),
    kind                 TEXT NOT NULL CHECK (kind IN ('HOURS', 'PERCENT_OF_WORKFORCE')),
    -- kind HOURS: the total pledged, in minutes
    pledged_minutes      INTEGER CHECK (pledged_minutes IS NULL OR pledged_minutes > 0),
    -- kind PERCENT_OF_WORKFORCE: percent in basis points (250 = 2.5 %), and the basis kept as signed
    percent_bp           INTEGER CHECK (percent_bp IS NULL OR (percent_bp > 0 AND percent_bp <= 10000)),
    headcount_basis      INTEGER CHECK (headcount_basis IS NULL OR headcount_basis >= 0),
    weekly_minutes_basis INTEGER CHECK (weekly_minutes_basis IS NULL OR weekly_minutes_basis > 0),
    period_start         DATE NOT NULL,
    period_end           DATE NOT NULL,
    status               TEXT NOT NULL DEFAULT 'DRAFT'
                         CHECK (status IN ('DRAFT', 'ACTIVE', 'FULFILLED', 'LAPSED', 'CANCELLED')),
    signed_on            DATE,
    pitch_slot_id        INTEGER REFERENCES agenda_slot (id) ON DELETE SET NULL,
    notes                TEXT,
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL,
    CHECK (period_end >= period_start),
    CHECK ((kind = 'HOURS' AND pledged_minutes IS NOT NULL)
        OR (kind = 'PERCENT_OF_WORKFORCE' AND percent_bp IS NOT NULL
            AND headcount_basis IS NOT NULL AND weekly_minutes_basis IS NOT NULL))
);
CREATE INDEX pledge_organization ON pledge (organization_id);
CREATE INDEX pledge_project ON pledge (project_id);
CREATE INDEX pledge_status ON pledge (status);
CREATE INDEX pledge_pitch_slot ON pledge (pitch_slot_id);

-- Hours actually given.
CREATE TABLE contribution (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id          INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    project_id         INTEGER REFERENCES project (id),
    contributed_on     DATE NOT NULL,
    minutes            INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    contributor_id     INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    contributor_name   TEXT,
    description        TEXT,
    link               TEXT,
    import_batch_id    INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    created_at         DATETIME NOT NULL
);
CREATE INDEX contribution_pledge_date ON contribution (pledge_id, contributed_on, minutes);
CREATE INDEX contribution_date ON contribution (contributed_on);
CREATE INDEX contribution_project ON contribution (project_id);

-- Board reports made, so the next one can list what changed since.
CREATE TABLE report_run (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    period_from DATE NOT NULL,
    period_to   DATE NOT NULL,
    created_at  DATETIME NOT NULL,
    file_name   TEXT
);
