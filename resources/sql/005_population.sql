-- Reper schema, version 5: the population of each year, reference data an administrator enters
-- with its source, for the victims per 100,000 inhabitants of SDG indicator 16.2.2
-- (docs/international.md). National only. The parts are optional; when both parts of a split are
-- given they add up to the total. Written for SQLite 3.15 (SQLCipher 3.4.1).
CREATE TABLE population (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
    total      INTEGER NOT NULL CHECK (total > 0),
    female     INTEGER CHECK (female IS NULL OR female >= 0),
    male       INTEGER CHECK (male IS NULL OR male >= 0),
    children   INTEGER CHECK (children IS NULL OR children >= 0),
    adults     INTEGER CHECK (adults IS NULL OR adults >= 0),
    source     TEXT NOT NULL CHECK (length(trim(source)) > 0),
    entered_by INTEGER NOT NULL REFERENCES app_user(id),
    entered_at TEXT NOT NULL,
    CHECK (female IS NULL OR male IS NULL OR female + male = total),
    CHECK (children IS NULL OR adults IS NULL OR children + adults = total),
    CHECK (female IS NULL OR female <= total),
    CHECK (male IS NULL OR male <= total),
    CHECK (children IS NULL OR children <= total),
    CHECK (adults IS NULL OR adults <= total)
);
