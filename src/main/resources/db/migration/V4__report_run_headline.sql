-- The headline figures of each board report as the board saw them, so the next report can show what changed.
-- NULL for reports made before this migration (and for other kinds of report).
ALTER TABLE report_run ADD COLUMN active_members INTEGER;
ALTER TABLE report_run ADD COLUMN pledged_minutes INTEGER;
ALTER TABLE report_run ADD COLUMN delivered_minutes INTEGER;
ALTER TABLE report_run ADD COLUMN fulfilment_bp INTEGER;
ALTER TABLE report_run ADD COLUMN attention_pledges INTEGER;
