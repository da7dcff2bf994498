-- Reper schema, version 12: two victim codes joined into one person (issue 10 §5, decisions C7).
-- A merge keeps both victims, their identities and their cases; the absorbed victim's records
-- (identifications, assistance, repatriations, criminal proceedings, monitoring contacts, deadlines
-- set aside) are pointed at the kept victim, and each record moved is listed here so that an unmerge
-- points exactly those back. The figures count victims through their records, so the merged person
-- counts once; an absorbed victim has no case work of its own (the work list and the duplicate
-- search leave it out). Written for SQLite 3.15 (SQLCipher 3.4.1). Step 12.

-- One row per absorbed victim: a victim is absorbed once, and a kept victim is never absorbed (the
-- program refuses chains, so an unmerge undoes one merge).
CREATE TABLE IF NOT EXISTS victim_merge (
    id          INTEGER PRIMARY KEY,
    absorbed_id INTEGER NOT NULL UNIQUE REFERENCES victim(id) ON DELETE CASCADE,
    kept_id     INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    merged_by   INTEGER NOT NULL REFERENCES app_user(id),
    merged_at   TEXT NOT NULL,
    CHECK (absorbed_id <> kept_id)
);
CREATE INDEX IF NOT EXISTS ix_victim_merge_kept ON victim_merge(kept_id);

-- The records a merge moved from the absorbed victim to the kept one (kind and id).
CREATE TABLE IF NOT EXISTS victim_merge_record (
    merge_id  INTEGER NOT NULL REFERENCES victim_merge(id) ON DELETE CASCADE,
    tbl       TEXT NOT NULL CHECK (tbl IN ('identification', 'assistance', 'repatriation', 'judicial',
                                           'monitoring_contact', 'due_dismissal')),
    record_id INTEGER NOT NULL,
    PRIMARY KEY (tbl, record_id)
);
CREATE INDEX IF NOT EXISTS ix_victim_merge_record_merge ON victim_merge_record(merge_id);
