-- Reper schema, version 14: audit trails brought in from other stores (issue 8 §4, decisions V20).
-- `reper-cli migrate` copies a local store's trail, entry by entry and byte for byte, as a segment
-- of its own: its entries keep their numbers, hashes and signatures and the public key that signed
-- each, so the segment can be checked on its own (chained from its store's genesis, every entry
-- signed, every key introduced inside it), and the entry of this store's own trail that records the
-- migration holds the segment's head, so it cannot be cut short or swapped unseen. A local file
-- takes in no migration; the tables are here so that both engines keep the same schema. Step 14.
CREATE TABLE IF NOT EXISTS audit_segment (
    id          INTEGER PRIMARY KEY,
    store_id    TEXT NOT NULL UNIQUE, -- the store the trail comes from (its genesis)
    entries     INTEGER NOT NULL,
    head_seq    INTEGER NOT NULL,
    head_hash   BLOB NOT NULL,
    migrated_by INTEGER NOT NULL REFERENCES app_user(id),
    migrated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_segment_entry (
    segment_id  INTEGER NOT NULL REFERENCES audit_segment(id),
    seq         INTEGER NOT NULL,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_type TEXT,
    record_id   INTEGER,
    record_code TEXT,
    center      TEXT,
    detail      TEXT,
    key_id      INTEGER NOT NULL,
    public_key  BLOB NOT NULL,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL,
    signature   BLOB NOT NULL,
    PRIMARY KEY (segment_id, seq)
);

CREATE TRIGGER IF NOT EXISTS audit_segment_no_update BEFORE UPDATE ON audit_segment
BEGIN
    SELECT RAISE(ABORT, 'audit_segment is append-only');
END;
CREATE TRIGGER IF NOT EXISTS audit_segment_no_delete BEFORE DELETE ON audit_segment
BEGIN
    SELECT RAISE(ABORT, 'audit_segment is append-only');
END;
CREATE TRIGGER IF NOT EXISTS audit_segment_entry_no_update BEFORE UPDATE ON audit_segment_entry
BEGIN
    SELECT RAISE(ABORT, 'audit_segment_entry is append-only');
END;
CREATE TRIGGER IF NOT EXISTS audit_segment_entry_no_delete BEFORE DELETE ON audit_segment_entry
BEGIN
    SELECT RAISE(ABORT, 'audit_segment_entry is append-only');
END;
