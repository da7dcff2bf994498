-- Reper schema, version 16: the work list's lookups answered from the indexes (docs/benchmarks.md,
-- "The work list"). The work list reads, for every open case of the scope, the victim's
-- identifications, assistance periods, repatriations and proceedings records by victim, one rule at
-- a time. With indexes on victim_id alone each of those rows was then read from its table — a page
-- of its own on a large store, decrypted on a cold start. Each per-victim index now also holds the
-- dates the rules read, and the open cases' index holds the victim and the opening date, so the
-- work list's statements are answered from the indexes. The lookups by victim alone (the bilanț,
-- the timeline, the import's case rule) use the same indexes, as before.
DROP INDEX ix_ident_victim;
CREATE INDEX ix_ident_victim ON identification(victim_id, identification_date);
DROP INDEX ix_assist_victim;
CREATE INDEX ix_assist_victim ON assistance(victim_id, start_date, end_date);
DROP INDEX ix_repat_victim;
CREATE INDEX ix_repat_victim ON repatriation(victim_id, arrival_date, status);
DROP INDEX ix_jud_victim;
CREATE INDEX ix_jud_victim ON judicial(victim_id, hearing_date, date);
DROP INDEX ix_case_center_status;
CREATE INDEX ix_case_center_status ON victim_case(center_id, status, worker_id, victim_id, opened_on);
