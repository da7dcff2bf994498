-- Reper schema, version 10: the centre package (issue 9). Step 9 is another change; this step
-- needs nothing of it.
-- On the centre's side: the packages it made (package_sent), so each gets the next sequence number
-- for its headquarters and carries the deletions since the last one.
-- On headquarters' side: the centres' signing keys introduced by a first package
-- (package_signer), every package imported (package_received: the sequence per centre, and the
-- content hash that tells a replay), and for every record a package wrote the centre's version and
-- headquarters' version after the import (package_base), which tells a record headquarters has
-- edited since (a conflict) from one only the centre changed.
-- Written for SQLite 3.15 (SQLCipher 3.4.1).

CREATE TABLE IF NOT EXISTS package_sent (
    id               INTEGER PRIMARY KEY,
    hq_id            TEXT NOT NULL CHECK (length(hq_id) = 16),
    center_id        INTEGER NOT NULL REFERENCES center(id),
    sequence         INTEGER NOT NULL CHECK (sequence >= 1),
    last_deletion_id INTEGER NOT NULL DEFAULT 0, -- record_deletion.id: the deletions it carried end here
    records          INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),
    content_hash     TEXT NOT NULL CHECK (length(content_hash) = 64),
    created_by       INTEGER NOT NULL REFERENCES app_user(id),
    created_at       TEXT NOT NULL,
    UNIQUE (hq_id, center_id, sequence)
);

CREATE TABLE IF NOT EXISTS package_signer (
    id             INTEGER PRIMARY KEY,
    center_id      INTEGER NOT NULL REFERENCES center(id),
    public_key     BLOB NOT NULL CHECK (length(public_key) = 32),
    fingerprint    TEXT NOT NULL,
    introduced_by  INTEGER NOT NULL REFERENCES app_user(id), -- the user at headquarters who imported it
    introduced_at  TEXT NOT NULL,
    package_hash   TEXT NOT NULL CHECK (length(package_hash) = 64), -- the package that introduced it
    UNIQUE (center_id, public_key)
);

CREATE TABLE IF NOT EXISTS package_received (
    id           INTEGER PRIMARY KEY,
    center_id    INTEGER NOT NULL REFERENCES center(id),
    sequence     INTEGER NOT NULL CHECK (sequence >= 1),
    created_at   TEXT NOT NULL, -- when the centre made it
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    signer_id    INTEGER NOT NULL REFERENCES package_signer(id),
    added        INTEGER NOT NULL DEFAULT 0 CHECK (added >= 0),
    updated      INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted >= 0),
    imported_by  INTEGER NOT NULL REFERENCES app_user(id),
    imported_at  TEXT NOT NULL,
    UNIQUE (center_id, sequence)
);

CREATE TABLE IF NOT EXISTS package_base (
    uuid           TEXT PRIMARY KEY CHECK (length(uuid) = 36),
    kind           TEXT NOT NULL,
    center_id      INTEGER NOT NULL REFERENCES center(id),
    centre_version INTEGER NOT NULL CHECK (centre_version >= 1),
    hq_version     INTEGER NOT NULL CHECK (hq_version >= 0) -- 0: headquarters deleted it and kept it so
);
CREATE INDEX IF NOT EXISTS ix_package_base_center ON package_base(center_id, kind);
