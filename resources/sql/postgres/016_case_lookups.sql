-- Reper schema, version 16, for PostgreSQL 15: the work list's lookups (../016_case_lookups.sql).
-- Step 15 already leads each per-victim index with the victim, the centre and the dates; the
-- proceedings index gains the hearing date the work list reads, and the open cases' index the
-- victim and the opening date, as on the local file.
DROP INDEX ix_jud_victim;
CREATE INDEX ix_jud_victim ON judicial(victim_id, center_id, date, hearing_date);
DROP INDEX ix_case_center_status;
CREATE INDEX ix_case_center_status ON victim_case(center_id, status, worker_id, victim_id, opened_on);
