-- Reper schema, version 1. Written for the SQLite 3.15.2 engine of Debian's SQLCipher 3.4.1:
-- no UPSERT, window functions, JSON1, RETURNING or STRICT. Dates are TEXT 'YYYY-MM-DD', times
-- TEXT 'YYYY-MM-DD HH:MM:SS' (UTC). Codes are those of domain.md §4, held by CHECK constraints.
-- row_key: a hash of an imported row's content, so importing the same row twice adds nothing.

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE center (
    id    INTEGER PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE CHECK (code GLOB 'CR-*'),
    seat  TEXT NOT NULL
);

CREATE TABLE county (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    center_id INTEGER NOT NULL REFERENCES center(id)
);

CREATE TABLE country (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_ro TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE app_user (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    roles      TEXT NOT NULL,            -- comma-separated: operator, coordinator, analyst, administrator
    center_id  INTEGER REFERENCES center(id), -- NULL: national
    disabled   INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE victim (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    center_id     INTEGER NOT NULL REFERENCES center(id),
    sex           TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
    birth_date    TEXT CHECK (birth_date IS NULL OR (length(birth_date) = 10 AND birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    birth_year    INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    citizenship   TEXT NOT NULL REFERENCES country(code),
    county        TEXT REFERENCES county(code),
    residence_env TEXT CHECK (residence_env IS NULL OR residence_env IN ('urban', 'rural')),
    education     TEXT CHECK (education IS NULL OR education IN ('none', 'primary', 'lower_secondary', 'vocational', 'upper_secondary', 'post_secondary', 'tertiary', 'unknown')),
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (birth_date IS NULL OR birth_year IS NULL OR CAST(substr(birth_date, 1, 4) AS INTEGER) = birth_year)
);

-- Identity held apart: screens, reports and exports work without this table.
CREATE TABLE victim_identity (
    victim_id  INTEGER PRIMARY KEY REFERENCES victim(id) ON DELETE CASCADE,
    last_name  TEXT,
    first_name TEXT,
    cnp        TEXT CHECK (cnp IS NULL OR length(cnp) = 13),
    address    TEXT,
    phone      TEXT,
    notes      TEXT,
    search_key TEXT  -- folded names and CNP, for search without diacritics or case
);

CREATE TABLE identification (
    id                   INTEGER PRIMARY KEY,
    victim_id            INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id            INTEGER NOT NULL REFERENCES center(id),
    notification_date    TEXT NOT NULL CHECK (length(notification_date) = 10 AND notification_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    identification_date  TEXT CHECK (identification_date IS NULL OR (length(identification_date) = 10 AND identification_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    mnir_status          TEXT NOT NULL CHECK (mnir_status IN ('potential', 'presumed', 'identified')),
    institution          TEXT CHECK (institution IS NULL OR institution IN ('police', 'border_police', 'transport_police', 'prosecutor', 'court', 'dgaspc', 'ngo', 'international_org', 'consular_mission', 'immigration', 'labour_inspection', 'anitp', 'self', 'other')),
    scope                TEXT NOT NULL CHECK (scope IN ('internal', 'international')),
    primary_exploitation TEXT NOT NULL CHECK (primary_exploitation IN ('sexual', 'labour', 'begging', 'criminality', 'organ_removal', 'forced_marriage', 'slavery', 'pornography', 'illegal_adoption', 'surrogacy', 'unspecified')),
    attempt              INTEGER CHECK (attempt IS NULL OR attempt IN (0, 1)),
    exploitation_country TEXT REFERENCES country(code),
    recruitment          TEXT CHECK (recruitment IS NULL OR recruitment IN ('direct_approach', 'job_offer', 'advertisement', 'placement_agency', 'online', 'loverboy', 'abduction', 'family', 'other', 'unknown')),
    recruiter_relation   TEXT CHECK (recruiter_relation IS NULL OR recruiter_relation IN ('acquaintance', 'friend', 'neighbour', 'relative', 'partner', 'stranger', 'unknown')),
    row_key              BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (identification_date IS NULL OR identification_date >= notification_date)
);

CREATE TABLE identification_exploitation (
    identification_id INTEGER NOT NULL REFERENCES identification(id) ON DELETE CASCADE,
    form              TEXT NOT NULL CHECK (form IN ('sexual', 'labour', 'begging', 'criminality', 'organ_removal', 'forced_marriage', 'slavery', 'pornography', 'illegal_adoption', 'surrogacy', 'unspecified')),
    position          INTEGER NOT NULL,
    PRIMARY KEY (identification_id, form)
) WITHOUT ROWID;

CREATE TABLE assistance (
    id          INTEGER PRIMARY KEY,
    victim_id   INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id   INTEGER NOT NULL REFERENCES center(id),
    service     TEXT NOT NULL CHECK (service IN ('shelter', 'medical', 'psychological', 'legal', 'social', 'family_reintegration', 'school_reintegration', 'vocational', 'documents', 'court_accompaniment', 'interpretation', 'financial', 'other')),
    provider    TEXT NOT NULL CHECK (provider IN ('anitp', 'dgaspc', 'ngo', 'public_shelter', 'other')),
    start_date  TEXT NOT NULL CHECK (length(start_date) = 10 AND start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    end_date    TEXT CHECK (end_date IS NULL OR (length(end_date) = 10 AND end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    row_key     BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE repatriation (
    id           INTEGER PRIMARY KEY,
    victim_id    INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id    INTEGER NOT NULL REFERENCES center(id),
    from_country TEXT NOT NULL REFERENCES country(code),
    request_date TEXT NOT NULL CHECK (length(request_date) = 10 AND request_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    arrival_date TEXT CHECK (arrival_date IS NULL OR (length(arrival_date) = 10 AND arrival_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    entry_point  TEXT,
    status       TEXT NOT NULL CHECK (status IN ('requested', 'in_progress', 'completed', 'cancelled')),
    row_key      BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (arrival_date IS NULL OR arrival_date >= request_date)
);

CREATE TABLE judicial (
    id        INTEGER PRIMARY KEY,
    victim_id INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id INTEGER NOT NULL REFERENCES center(id),
    date      TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    case_ref  TEXT NOT NULL,
    body      TEXT NOT NULL CHECK (body IN ('police', 'diicot', 'prosecutor_office', 'court')),
    stage     TEXT NOT NULL CHECK (stage IN ('investigation', 'trial', 'appeal', 'final')),
    role      TEXT NOT NULL CHECK (role IN ('injured_party', 'civil_party', 'witness', 'protected_witness')),
    support   TEXT NOT NULL CHECK (support IN ('information', 'hearing_accompaniment', 'travel_support', 'prosecutor_liaison', 'child_friendly_hearing', 'video_link', 'legal_aid', 'other')),
    row_key   BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE campaign (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    center_id  INTEGER NOT NULL REFERENCES center(id),
    title      TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('national', 'local')),
    funding    TEXT NOT NULL CHECK (funding IN ('own', 'external')),
    funder     TEXT,
    start_date TEXT NOT NULL CHECK (length(start_date) = 10 AND start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    end_date   TEXT CHECK (end_date IS NULL OR (length(end_date) = 10 AND end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    search_key TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE prevention_activity (
    id           INTEGER PRIMARY KEY,
    center_id    INTEGER NOT NULL REFERENCES center(id),
    date         TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    county       TEXT NOT NULL REFERENCES county(code),
    campaign_id  INTEGER REFERENCES campaign(id),
    type         TEXT NOT NULL CHECK (type IN ('information_session', 'target_group_meeting', 'debate', 'workshop', 'materials_distribution', 'media', 'online', 'other')),
    target_group TEXT NOT NULL CHECK (target_group IN ('general_public', 'pupils', 'students', 'vulnerable_groups', 'parents', 'professionals', 'other')),
    participants INTEGER NOT NULL CHECK (participants >= 0),
    materials    INTEGER CHECK (materials IS NULL OR materials >= 0),
    online_reach INTEGER CHECK (online_reach IS NULL OR online_reach >= 0),
    row_key      BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE protocol (
    id          INTEGER PRIMARY KEY,
    center_id   INTEGER NOT NULL REFERENCES center(id),
    signed_date TEXT NOT NULL CHECK (length(signed_date) = 10 AND signed_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    partner     TEXT NOT NULL,
    row_key     BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE action_plan (
    id        INTEGER PRIMARY KEY,
    center_id INTEGER NOT NULL REFERENCES center(id),
    date      TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    partner   TEXT NOT NULL,
    row_key   BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE team_meeting (
    id        INTEGER PRIMARY KEY,
    center_id INTEGER NOT NULL REFERENCES center(id),
    date      TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    county    TEXT NOT NULL REFERENCES county(code),
    attendees INTEGER CHECK (attendees IS NULL OR attendees >= 0),
    row_key   BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE training (
    id           INTEGER PRIMARY KEY,
    center_id    INTEGER NOT NULL REFERENCES center(id),
    date         TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    county       TEXT REFERENCES county(code),
    audience     TEXT NOT NULL CHECK (audience IN ('police', 'prosecutors', 'judges', 'social_workers', 'teachers', 'medical', 'labour_inspectors', 'ngo', 'mixed', 'other')),
    participants INTEGER NOT NULL CHECK (participants >= 0),
    topic        TEXT,
    row_key      BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE event (
    id        INTEGER PRIMARY KEY,
    center_id INTEGER NOT NULL REFERENCES center(id),
    date      TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    type      TEXT NOT NULL CHECK (type IN ('seminar', 'working_meeting', 'round_table', 'workshop', 'conference', 'other')),
    role      TEXT NOT NULL CHECK (role IN ('organiser', 'participant')),
    title     TEXT NOT NULL,
    row_key   BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL
);

CREATE TABLE funded_project (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    center_id  INTEGER NOT NULL REFERENCES center(id),
    title      TEXT NOT NULL,
    funder     TEXT NOT NULL,
    focus      TEXT NOT NULL CHECK (focus IN ('identification_referral', 'prevention', 'assistance', 'research', 'other')),
    start_date TEXT NOT NULL CHECK (length(start_date) = 10 AND start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    end_date   TEXT CHECK (end_date IS NULL OR (length(end_date) = 10 AND end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);

-- Indexes: every foreign key to a victim, and covering (date, …) and (center_id, date, …) indexes
-- for the year queries of the bilanț (../reference/store-floor.md §3: end_date first for the
-- assistance overlap, so "end IS NULL" and "end >= 1 Jan" are two tight range scans).
CREATE INDEX ix_victim_center ON victim(center_id);
CREATE INDEX ix_ident_victim ON identification(victim_id);
CREATE INDEX ix_ident_notif ON identification(notification_date, victim_id);
CREATE INDEX ix_ident_center_notif ON identification(center_id, notification_date, victim_id);
CREATE INDEX ix_assist_victim ON assistance(victim_id);
CREATE INDEX ix_assist_end ON assistance(end_date, start_date, victim_id);
CREATE INDEX ix_assist_center_end ON assistance(center_id, end_date, start_date, victim_id);
CREATE INDEX ix_repat_victim ON repatriation(victim_id);
CREATE INDEX ix_repat_arrival ON repatriation(arrival_date, status, victim_id);
CREATE INDEX ix_repat_center_arrival ON repatriation(center_id, arrival_date, status, victim_id);
CREATE INDEX ix_jud_victim ON judicial(victim_id);
CREATE INDEX ix_jud_date ON judicial(date, victim_id);
CREATE INDEX ix_jud_center_date ON judicial(center_id, date, victim_id);
CREATE INDEX ix_prev_date ON prevention_activity(date, campaign_id, participants, online_reach);
CREATE INDEX ix_prev_center_date ON prevention_activity(center_id, date, campaign_id, participants, online_reach);
CREATE INDEX ix_prev_campaign ON prevention_activity(campaign_id);
CREATE INDEX ix_protocol_date ON protocol(signed_date);
CREATE INDEX ix_protocol_center_date ON protocol(center_id, signed_date);
CREATE INDEX ix_plan_date ON action_plan(date);
CREATE INDEX ix_plan_center_date ON action_plan(center_id, date);
CREATE INDEX ix_meeting_date ON team_meeting(date);
CREATE INDEX ix_meeting_center_date ON team_meeting(center_id, date);
CREATE INDEX ix_train_date ON training(date, participants);
CREATE INDEX ix_train_center_date ON training(center_id, date, participants);
CREATE INDEX ix_event_date ON event(date);
CREATE INDEX ix_event_center_date ON event(center_id, date);
CREATE INDEX ix_campaign_center ON campaign(center_id);
CREATE INDEX ix_project_center ON funded_project(center_id);
