-- Sums kept up to date by triggers, so that the dashboard and the pledge list read one row per pledge, or per month,
-- instead of every contribution (1,000,000 rows in the benchmark chamber) or every pledge for every month:
-- contributed minutes per pledge, and per month and project; and the minutes counting pledges schedule per calendar
-- month (each pledge's share of a month rounded half-up on its own, as FulfilmentRules and PledgeSql do). project_key is the contribution's project id, 0 for none;
-- month is 'yyyy-MM'. Both sums count every contribution, whatever its pledge's status: queries that count only
-- some pledges subtract the others.
CREATE TABLE contribution_total (
    pledge_id INTEGER PRIMARY KEY NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    minutes   INTEGER NOT NULL,
    entries   INTEGER NOT NULL
);

CREATE TABLE contribution_project_month (
    month       TEXT NOT NULL,
    project_key INTEGER NOT NULL,
    minutes     INTEGER NOT NULL,
    entries     INTEGER NOT NULL,
    PRIMARY KEY (month, project_key)
) WITHOUT ROWID;

INSERT INTO contribution_total (pledge_id, minutes, entries)
SELECT pledge_id, sum(minutes), count(*) FROM contribution GROUP BY pledge_id;

INSERT INTO contribution_project_month (month, project_key, minutes, entries)
SELECT substr(contributed_on, 1, 7), coalesce(project_id, 0), sum(minutes), count(*) FROM contribution GROUP BY 1, 2;

CREATE TRIGGER contribution_totals_insert AFTER INSERT ON contribution
BEGIN
    INSERT INTO contribution_total (pledge_id, minutes, entries) VALUES (NEW.pledge_id, NEW.minutes, 1)
    ON CONFLICT (pledge_id) DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
    INSERT INTO contribution_project_month (month, project_key, minutes, entries)
    VALUES (substr(NEW.contributed_on, 1, 7), coalesce(NEW.project_id, 0), NEW.minutes, 1)
    ON CONFLICT (month, project_key) DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
END;

CREATE TRIGGER contribution_totals_delete AFTER DELETE ON contribution
BEGIN
    UPDATE contribution_total SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE pledge_id = OLD.pledge_id;
    DELETE FROM contribution_total WHERE pledge_id = OLD.pledge_id AND entries = 0;
    UPDATE contribution_project_month SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE month = substr(OLD.contributed_on, 1, 7) AND project_key = coalesce(OLD.project_id, 0);
    DELETE FROM contribution_project_month
    WHERE month = substr(OLD.contributed_on, 1, 7) AND project_key = coalesce(OLD.project_id, 0) AND entries = 0;
END;

CREATE TRIGGER contribution_totals_update AFTER UPDATE OF pledge_id, contributed_on, minutes, project_id
ON contribution
BEGIN
    UPDATE contribution_total SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE pledge_id = OLD.pledge_id;
    DELETE FROM contribution_total WHERE pledge_id = OLD.pledge_id AND entries = 0;
    UPDATE contribution_project_month SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE month = substr(OLD.contributed_on, 1, 7) AND project_key = coalesce(OLD.project_id, 0);
    DELETE FROM contribution_project_month
    WHERE month = substr(OLD.contributed_on, 1, 7) AND project_key = coalesce(OLD.project_id, 0) AND entries = 0;
    INSERT INTO contribution_total (pledge_id, minutes, entries) VALUES (NEW.pledge_id, NEW.minutes, 1)
    ON CONFLICT (pledge_id) DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
    INSERT INTO contribution_project_month (month, project_key, minutes, entries)
    VALUES (substr(NEW.contributed_on, 1, 7), coalesce(NEW.project_id, 0), NEW.minutes, 1)
    ON CONFLICT (month, project_key) DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
END;

-- Calendar months 1970-01 to 2199-12 with their first and last days (triggers cannot use a recursive WITH).
CREATE TABLE calendar_month (
    month     TEXT PRIMARY KEY NOT NULL,
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO calendar_month (month, first_day, last_day)
WITH RECURSIVE m(d) AS (SELECT '1970-01-01' UNION ALL SELECT date(d, '+1 month') FROM m WHERE d < '2199-12-01')
SELECT substr(d, 1, 7), d, date(d, '+1 month', '-1 day') FROM m;

-- Minutes scheduled per month by counting pledges (ACTIVE, FULFILLED, LAPSED): pledged x days of the period in the
-- month / days in the period, half-up, per pledge.
CREATE TABLE schedule_month (
    month   TEXT PRIMARY KEY NOT NULL,
    minutes INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO schedule_month (month, minutes)
SELECT cm.month, sum(((2 * (CASE WHEN p.kind = 'HOURS' THEN p.pledged_minutes ELSE (2 * p.percent_bp * p.headcount_basis * p.weekly_minutes_basis * (CAST(julianday(p.period_end) - julianday(p.period_start) AS INTEGER) + 1) + 70000) / 140000 END) * (CAST(julianday(min(p.period_end, cm.last_day)) - julianday(max(p.period_start, cm.first_day)) AS INTEGER) + 1) + (CAST(julianday(p.period_end) - julianday(p.period_start) AS INTEGER) + 1)) / (2 * (CAST(julianday(p.period_end) - julianday(p.period_start) AS INTEGER) + 1))))
FROM pledge p JOIN calendar_month cm ON cm.month BETWEEN substr(p.period_start, 1, 7) AND substr(p.period_end, 1, 7) WHERE p.status IN ('ACTIVE', 'FULFILLED', 'LAPSED') GROUP BY cm.month;

CREATE TRIGGER schedule_month_insert AFTER INSERT ON pledge
BEGIN
    INSERT INTO schedule_month (month, minutes)
    SELECT cm.month, ((2 * (CASE WHEN NEW.kind = 'HOURS' THEN NEW.pledged_minutes ELSE (2 * NEW.percent_bp * NEW.headcount_basis * NEW.weekly_minutes_basis * (CAST(julianday(NEW.period_end) - julianday(NEW.period_start) AS INTEGER) + 1) + 70000) / 140000 END) * (CAST(julianday(min(NEW.period_end, cm.last_day)) - julianday(max(NEW.period_start, cm.first_day)) AS INTEGER) + 1) + (CAST(julianday(NEW.period_end) - julianday(NEW.period_start) AS INTEGER) + 1)) / (2 * (CAST(julianday(NEW.period_end) - julianday(NEW.period_start) AS INTEGER) + 1)))
    FROM calendar_month cm WHERE cm.month BETWEEN substr(NEW.period_start, 1, 7) AND substr(NEW.period_end, 1, 7) AND NEW.status IN ('ACTIVE', 'FULFILLED', 'LAPSED')
    ON CONFLICT (month) DO UPDATE SET minutes = minutes + excluded.minutes;
END;

CREATE TRIGGER schedule_month_delete AFTER DELETE ON pledge
BEGIN
    UPDATE schedule_month SET minutes = minutes - (SELECT ((2 * (CASE WHEN OLD.kind = 'HOURS' THEN OLD.pledged_minutes ELSE (2 * OLD.percent_bp * OLD.headcount_basis * OLD.weekly_minutes_basis * (CAST(julianday(OLD.period_end) - julianday(OLD.period_start) AS INTEGER) + 1) + 70000) / 140000 END) * (CAST(julianday(min(OLD.period_end, cm.last_day)) - julianday(max(OLD.period_start, cm.first_day)) AS INTEGER) + 1) + (CAST(julianday(OLD.period_end) - julianday(OLD.period_start) AS INTEGER) + 1)) / (2 * (CAST(julianday(OLD.period_end) - julianday(OLD.period_start) AS INTEGER) + 1))) FROM calendar_month cm
        WHERE cm.month = schedule_month.month)
    WHERE OLD.status IN ('ACTIVE', 'FULFILLED', 'LAPSED') AND month IN (SELECT cm.month FROM calendar_month cm WHERE cm.month BETWEEN substr(OLD.period_start, 1, 7) AND substr(OLD.period_end, 1, 7));
END;

CREATE TRIGGER schedule_month_update AFTER UPDATE OF status, kind, pledged_minutes, percent_bp, headcount_basis,
    weekly_minutes_basis, period_start, period_end ON pledge
BEGIN
    UPDATE schedule_month SET minutes = minutes - (SELECT ((2 * (CASE WHEN OLD.kind = 'HOURS' THEN OLD.pledged_minutes ELSE (2 * OLD.percent_bp * OLD.headcount_basis * OLD.weekly_minutes_basis * (CAST(julianday(OLD.period_end) - julianday(OLD.period_start) AS INTEGER) + 1) + 70000) / 140000 END) * (CAST(julianday(min(OLD.period_end, cm.last_day)) - julianday(max(OLD.period_start, cm.first_day)) AS INTEGER) + 1) + (CAST(julianday(OLD.period_end) - julianday(OLD.period_start) AS INTEGER) + 1)) / (2 * (CAST(julianday(OLD.period_end) - julianday(OLD.period_start) AS INTEGER) + 1))) FROM calendar_month cm
        WHERE cm.month = schedule_month.month)
    WHERE OLD.status IN ('ACTIVE', 'FULFILLED', 'LAPSED') AND month IN (SELECT cm.month FROM calendar_month cm WHERE cm.month BETWEEN substr(OLD.period_start, 1, 7) AND substr(OLD.period_end, 1, 7));
    INSERT INTO schedule_month (month, minutes)
    SELECT cm.month, ((2 * (CASE WHEN NEW.kind = 'HOURS' THEN NEW.pledged_minutes ELSE (2 * NEW.percent_bp * NEW.headcount_basis * NEW.weekly_minutes_basis * (CAST(julianday(NEW.period_end) - julianday(NEW.period_start) AS INTEGER) + 1) + 70000) / 140000 END) * (CAST(julianday(min(NEW.period_end, cm.last_day)) - julianday(max(NEW.period_start, cm.first_day)) AS INTEGER) + 1) + (CAST(julianday(NEW.period_end) - julianday(NEW.period_start) AS INTEGER) + 1)) / (2 * (CAST(julianday(NEW.period_end) - julianday(NEW.period_start) AS INTEGER) + 1)))
    FROM calendar_month cm WHERE cm.month BETWEEN substr(NEW.period_start, 1, 7) AND substr(NEW.period_end, 1, 7) AND NEW.status IN ('ACTIVE', 'FULFILLED', 'LAPSED')
    ON CONFLICT (month) DO UPDATE SET minutes = minutes + excluded.minutes;
END;

-- The dashboard's "active members": counted from this small index instead of reading every organization row.
CREATE INDEX organization_active ON organization (status) WHERE archived_at IS NULL;
