-- Reper schema, version 11, for PostgreSQL 15: duplicates across centres (../011_duplicate_match.sql,
-- issue 10 §5). The server does not seal identity yet (step 6), so these tables are kept for the
-- local file's shape and unused; only an administrator writes the key table, and the match hashes
-- follow identity (its centre's staff only).
CREATE TABLE identity_match_key (
    center_id  bigint PRIMARY KEY REFERENCES identity_keyring(center_id),
    sealed     bytea NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE victim_match (
    victim_id  bigint PRIMARY KEY REFERENCES victim_identity(victim_id) ON DELETE CASCADE,
    cnp_match  bytea CHECK (cnp_match IS NULL OR length(cnp_match) = 16),
    name_match bytea CHECK (name_match IS NULL OR length(name_match) = 16)
);
CREATE INDEX ix_victim_match_cnp ON victim_match(cnp_match) WHERE cnp_match IS NOT NULL;
CREATE INDEX ix_victim_match_name ON victim_match(name_match) WHERE name_match IS NOT NULL;

GRANT SELECT ON identity_match_key TO reper_operator, reper_coordinator, reper_analyst, reper_administrator;
GRANT INSERT, UPDATE, DELETE ON identity_match_key TO reper_administrator;
ALTER TABLE identity_match_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY key_read ON identity_match_key FOR SELECT USING (true);
CREATE POLICY key_write ON identity_match_key FOR ALL USING ((SELECT i_am('administrator')))
    WITH CHECK ((SELECT i_am('administrator')));
GRANT SELECT, INSERT, UPDATE, DELETE ON victim_match TO reper_operator, reper_coordinator;
ALTER TABLE victim_match ENABLE ROW LEVEL SECURITY;
CREATE POLICY identity_match ON victim_match FOR ALL USING (EXISTS (
    SELECT 1 FROM victim v WHERE v.id = victim_id AND v.center_id = ANY ((SELECT my_identity_centers())::bigint[])))
    WITH CHECK (EXISTS (
    SELECT 1 FROM victim v WHERE v.id = victim_id AND v.center_id = ANY ((SELECT my_record_centers())::bigint[])));
