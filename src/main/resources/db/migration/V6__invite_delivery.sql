-- The sent log of invites e-mailed from Chamberlain: one row per invitee and invite version (SEQUENCE and method),
-- written SENDING before the message goes to the mail server and SENT (or REFUSED, with the server's words) after.
-- A SENDING row that was never finished (Chamberlain stopped mid-send) is not sent again on its own: nobody gets
-- the same version twice. The unique key makes a second row for the same version impossible.
CREATE TABLE invite_delivery (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    pitch_night_id  INTEGER NOT NULL REFERENCES pitch_night (id) ON DELETE CASCADE,
    invite_issue_id INTEGER NOT NULL REFERENCES invite_issue (id) ON DELETE CASCADE,
    contact_id      INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    sequence        INTEGER NOT NULL CHECK (sequence >= 0),
    method          TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL')),
    email           TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('SENDING', 'SENT', 'REFUSED')),
    started_at      DATETIME NOT NULL,
    finished_at     DATETIME,
    server_reply    TEXT,
    UNIQUE (pitch_night_id, contact_id, sequence, method)
);
CREATE INDEX invite_delivery_night ON invite_delivery (pitch_night_id, contact_id);
