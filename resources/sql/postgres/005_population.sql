-- Reper schema, version 5, for PostgreSQL 15: the population of each year (../005_population.sql),
-- reference data for SDG indicator 16.2.2 (docs/international.md). Every user may read it (the
-- rate is a figure like the others); only an administrator enters or removes it, in their own name
-- (PopulationRepository; each change is also an entry of the audit trail).
CREATE TABLE population (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
    total      bigint NOT NULL CHECK (total > 0),
    female     bigint CHECK (female IS NULL OR female >= 0),
    male       bigint CHECK (male IS NULL OR male >= 0),
    children   bigint CHECK (children IS NULL OR children >= 0),
    adults     bigint CHECK (adults IS NULL OR adults >= 0),
    source     TEXT NOT NULL CHECK (length(trim(source)) > 0),
    entered_by bigint NOT NULL REFERENCES app_user(id),
    entered_at TEXT NOT NULL,
    CHECK (female IS NULL OR male IS NULL OR female + male = total),
    CHECK (children IS NULL OR adults IS NULL OR children + adults = total),
    CHECK (female IS NULL OR female <= total),
    CHECK (male IS NULL OR male <= total),
    CHECK (children IS NULL OR children <= total),
    CHECK (adults IS NULL OR adults <= total)
);

GRANT SELECT ON population TO reper_operator, reper_coordinator, reper_analyst, reper_administrator;
GRANT INSERT, UPDATE, DELETE ON population TO reper_administrator;
ALTER TABLE population ENABLE ROW LEVEL SECURITY;
CREATE POLICY population_read ON population FOR SELECT USING (true);
CREATE POLICY population_insert ON population FOR INSERT
    WITH CHECK ((SELECT i_am('administrator')) AND entered_by = (SELECT my_user_id()));
CREATE POLICY population_update ON population FOR UPDATE USING ((SELECT i_am('administrator')))
    WITH CHECK ((SELECT i_am('administrator')) AND entered_by = (SELECT my_user_id()));
CREATE POLICY population_delete ON population FOR DELETE USING ((SELECT i_am('administrator')));
