-- Reper schema, version 18, for PostgreSQL 15: the merges a centre package carries
-- (../018_package_merges.sql). The policies of step 12 cover the new column.
ALTER TABLE victim_merge ADD COLUMN from_package integer NOT NULL DEFAULT 0 CHECK (from_package IN (0, 1));
