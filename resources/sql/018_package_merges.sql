-- Reper schema, version 18: the merges a centre package carries (issue 9, decisions C7 and P13).
-- Headquarters marks a merge it took from a centre's package: the centre's next package is then the
-- truth for it (gone from the package, the centre undid it), while a merge made at headquarters is
-- headquarters' own and stays whatever the packages say. Written for SQLite 3.15 (SQLCipher 3.4.1).
ALTER TABLE victim_merge ADD COLUMN from_package INTEGER NOT NULL DEFAULT 0 CHECK (from_package IN (0, 1));
