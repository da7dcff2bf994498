-- Reper schema, version 11: duplicates across centres (issue 10 §5, docs/security.md §3.9).
-- A victim's CNP and folded names get a second keyed hash, under one national *match key* that is
-- the same for every centre: equal hashes tell that two victims of different centres share a CNP or
-- a name, without telling the CNP or the name. The match key is sealed to each centre's identity
-- public key, so exactly the users who hold some centre's key (its staff, the recovery key) can
-- compute the hashes; the program makes it at the first sign-in of such a user and seals it to every
-- centre (IdentityKeyring::ensureMatchKey). Written for SQLite 3.15 (SQLCipher 3.4.1).
-- Step 11 (steps 9 and 10 belong to other work of issue 10; the list may jump, Migrator.cpp).

-- The match key (32 bytes), sealed to a centre's public key together with the centre's id.
CREATE TABLE IF NOT EXISTS identity_match_key (
    center_id  INTEGER PRIMARY KEY REFERENCES identity_keyring(center_id),
    sealed     BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- A victim's match hashes (16 bytes each): cnp_match of the CNP, name_match of the folded name
-- parts in sorted order (last and first name transposed give the same hash). NULL when there is no
-- CNP, or fewer than two name parts; no row until the victim's centre staff indexed it with the
-- match key. Deleted with the identity (the retention rule erases both).
CREATE TABLE IF NOT EXISTS victim_match (
    victim_id  INTEGER PRIMARY KEY REFERENCES victim_identity(victim_id) ON DELETE CASCADE,
    cnp_match  BLOB CHECK (cnp_match IS NULL OR length(cnp_match) = 16),
    name_match BLOB CHECK (name_match IS NULL OR length(name_match) = 16)
);
CREATE INDEX IF NOT EXISTS ix_victim_match_cnp ON victim_match(cnp_match) WHERE cnp_match IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_victim_match_name ON victim_match(name_match) WHERE name_match IS NOT NULL;

-- Every existing row is indexed again by its centre's staff at their next sign-in (search tokens
-- and match hashes); the audit trail's trigger names no field, none of the six changes. Every
-- statement of this step may run again (a test that rolls the version back).
UPDATE victim_identity SET indexed = 0;
