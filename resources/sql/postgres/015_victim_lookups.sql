-- Reper schema, version 15, for PostgreSQL 15: a victim's records found by the victim under
-- row-level security (docs/benchmarks.md, "On a PostgreSQL server"). The policies add
-- `center_id = ANY (the user's centres)` to every table a statement reads, so a lookup of one
-- victim's records — the import's case rule, the victims list's columns, the work list — asks for
-- a victim and a set of centres. An index on victim_id alone answers only the first half; on a
-- table filled in the same transaction (no statistics yet) the planner chose the covering
-- (center_id, date, …, victim_id) indexes instead, reading them whole for every victim: the case
-- rule of an import grew with the square of its victims. Each per-victim index now leads with the
-- victim, then the centre and the dates these lookups read, so they are answered from the index.
-- The local file has no policies and keeps its indexes (../015_victim_lookups.sql).
DROP INDEX ix_ident_victim;
CREATE INDEX ix_ident_victim ON identification(victim_id, center_id, notification_date, identification_date);
DROP INDEX ix_assist_victim;
CREATE INDEX ix_assist_victim ON assistance(victim_id, center_id, start_date, end_date);
DROP INDEX ix_repat_victim;
CREATE INDEX ix_repat_victim ON repatriation(victim_id, center_id, request_date, arrival_date, status);
DROP INDEX ix_jud_victim;
CREATE INDEX ix_jud_victim ON judicial(victim_id, center_id, date);
