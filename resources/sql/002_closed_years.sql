-- Reper schema, version 2: closed years. For the SQLite 3.15.2 engine of SQLCipher 3.4.1 (no
-- UPSERT, window functions, JSON1, RETURNING).
--
-- Closing a year freezes its bilanț: the figures, breakdowns, the year before and the centres'
-- figures as canonical JSON (keys sorted, no white space), the SHA-256 of those bytes, the version
-- of the counting rules, who closed it and when. Closing again (after corrections) adds a new
-- version; nothing frozen is ever changed or deleted.
CREATE TABLE closed_year (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    scope          TEXT NOT NULL CHECK (scope = 'national' OR scope GLOB 'CR-*'),
    version        INTEGER NOT NULL CHECK (version >= 1),
    rules_version  TEXT NOT NULL,
    closed_by      INTEGER NOT NULL REFERENCES app_user(id),
    closed_at      TEXT NOT NULL,
    forced         INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),
    quality_report TEXT NOT NULL DEFAULT '', -- the data-quality findings at closing: codes, counts, record ids
    figures_json   TEXT NOT NULL,
    content_hash   TEXT NOT NULL CHECK (length(content_hash) = 64),
    UNIQUE (year, scope, version)
);

CREATE TRIGGER closed_year_no_update BEFORE UPDATE ON closed_year
BEGIN SELECT RAISE(ABORT, 'a closed year is frozen'); END;
CREATE TRIGGER closed_year_no_delete BEFORE DELETE ON closed_year
BEGIN SELECT RAISE(ABORT, 'a closed year is frozen'); END;
