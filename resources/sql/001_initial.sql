-- Reper schema, version 1. Written for the SQLite 3.15.2 engine of Debian's SQLCipher 3.4.1:
-- no UPSERT, window functions, JSON1, RETURNING or STRICT. Dates are TEXT 'YYYY-MM-DD', times
-- TEXT 'YYYY-MM-DD HH:MM:SS' (UTC). Codes are those of domain.md §4, held by CHECK constraints.
-- row_key: a hash of an imported row's content, so importing the same row twice adds nothing.
-- Code checks are written as OR chains, not IN lists: SQLite 3.15 builds a temporary table for an
-- IN list of constants on every execution of an INSERT: a quarter of the import time.

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
    sex           TEXT NOT NULL CHECK ((sex = 'F' OR sex = 'M' OR sex = 'U')),
    birth_date    TEXT CHECK (birth_date IS NULL OR (length(birth_date) = 10 AND birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    birth_year    INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    citizenship   TEXT NOT NULL REFERENCES country(code),
    county        TEXT REFERENCES county(code),
    residence_env TEXT CHECK (residence_env IS NULL OR residence_env IN ('urban', 'rural')),
    education     TEXT CHECK (education IS NULL OR (education = 'none' OR education = 'primary' OR education = 'lower_secondary' OR education = 'vocational' OR education = 'upper_secondary' OR education = 'post_secondary' OR education = 'tertiary' OR education = 'unknown')),
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
    mnir_status          TEXT NOT NULL CHECK ((mnir_status = 'potential' OR mnir_status = 'presumed' OR mnir_status = 'identified')),
    institution          TEXT CHECK (institution IS NULL OR (institution = 'police' OR institution = 'border_police' OR institution = 'transport_police' OR institution = 'prosecutor' OR institution = 'court' OR institution = 'dgaspc' OR institution = 'ngo' OR institution = 'international_org' OR institution = 'consular_mission' OR institution = 'immigration' OR institution = 'labour_inspection' OR institution = 'anitp' OR institution = 'self' OR institution = 'other')),
    scope                TEXT NOT NULL CHECK (scope IN ('internal', 'international')),
    primary_exploitation TEXT NOT NULL CHECK ((primary_exploitation = 'sexual' OR primary_exploitation = 'labour' OR primary_exploitation = 'begging' OR primary_exploitation = 'criminality' OR primary_exploitation = 'organ_removal' OR primary_exploitation = 'forced_marriage' OR primary_exploitation = 'slavery' OR primary_exploitation = 'pornography' OR primary_exploitation = 'illegal_adoption' OR primary_exploitation = 'surrogacy' OR primary_exploitation = 'unspecified')),
    attempt              INTEGER CHECK (attempt IS NULL OR attempt IN (0, 1)),
    exploitation_country TEXT REFERENCES country(code),
    recruitment          TEXT CHECK (recruitment IS NULL OR (recruitment = 'direct_approach' OR recruitment = 'job_offer' OR recruitment = 'advertisement' OR recruitment = 'placement_agency' OR recruitment = 'online' OR recruitment = 'loverboy' OR recruitment = 'abduction' OR recruitment = 'family' OR recruitment = 'other' OR recruitment = 'unknown')),
    recruiter_relation   TEXT CHECK (recruiter_relation IS NULL OR (recruiter_relation = 'acquaintance' OR recruiter_relation = 'friend' OR recruiter_relation = 'neighbour' OR recruiter_relation = 'relative' OR recruiter_relation = 'partner' OR recruiter_relation = 'stranger' OR recruiter_relation = 'unknown')),
    row_key              BLOB UNIQUE,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES app_user(id),
    updated_at        TEXT NOT NULL,
    CHECK (identification_date IS NULL OR identification_date >= notification_date)
);

CREATE TABLE identification_exploitation (
    identification_id INTEGER NOT NULL REFERENCES identification(id) ON DELETE CASCADE,
    form              TEXT NOT NULL CHECK ((form = 'sexual' OR form = 'labour' OR form = 'begging' OR form = 'criminality' OR form = 'organ_removal' OR form = 'forced_marriage' OR form = 'slavery' OR form = 'pornography' OR form = 'illegal_adoption' OR form = 'surrogacy' OR form = 'unspecified')),
    position          INTEGER NOT NULL,
    PRIMARY KEY (identification_id, form)
) WITHOUT ROWID;

CREATE TABLE assistance (
    id          INTEGER PRIMARY KEY,
    victim_id   INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id   INTEGER NOT NULL REFERENCES center(id),
    service     TEXT NOT NULL CHECK ((service = 'shelter' OR service = 'medical' OR service = 'psychological' OR service = 'legal' OR service = 'social' OR service = 'family_reintegration' OR service = 'school_reintegration' OR service = 'vocational' OR service = 'documents' OR service = 'court_accompaniment' OR service = 'interpretation' OR service = 'financial' OR service = 'other')),
    provider    TEXT NOT NULL CHECK ((provider = 'anitp' OR provider = 'dgaspc' OR provider = 'ngo' OR provider = 'public_shelter' OR provider = 'other')),
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
    status       TEXT NOT NULL CHECK ((status = 'requested' OR status = 'in_progress' OR status = 'completed' OR status = 'cancelled')),
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
    body      TEXT NOT NULL CHECK ((body = 'police' OR body = 'diicot' OR body = 'prosecutor_office' OR body = 'court')),
    stage     TEXT NOT NULL CHECK ((stage = 'investigation' OR stage = 'trial' OR stage = 'appeal' OR stage = 'final')),
    role      TEXT NOT NULL CHECK ((role = 'injured_party' OR role = 'civil_party' OR role = 'witness' OR role = 'protected_witness')),
    support   TEXT NOT NULL CHECK ((support = 'information' OR support = 'hearing_accompaniment' OR support = 'travel_support' OR support = 'prosecutor_liaison' OR support = 'child_friendly_hearing' OR support = 'video_link' OR support = 'legal_aid' OR support = 'other')),
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
    type         TEXT NOT NULL CHECK ((type = 'information_session' OR type = 'target_group_meeting' OR type = 'debate' OR type = 'workshop' OR type = 'materials_distribution' OR type = 'media' OR type = 'online' OR type = 'other')),
    target_group TEXT NOT NULL CHECK ((target_group = 'general_public' OR target_group = 'pupils' OR target_group = 'students' OR target_group = 'vulnerable_groups' OR target_group = 'parents' OR target_group = 'professionals' OR target_group = 'other')),
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
    audience     TEXT NOT NULL CHECK ((audience = 'police' OR audience = 'prosecutors' OR audience = 'judges' OR audience = 'social_workers' OR audience = 'teachers' OR audience = 'medical' OR audience = 'labour_inspectors' OR audience = 'ngo' OR audience = 'mixed' OR audience = 'other')),
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
    type      TEXT NOT NULL CHECK ((type = 'seminar' OR type = 'working_meeting' OR type = 'round_table' OR type = 'workshop' OR type = 'conference' OR type = 'other')),
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
    focus      TEXT NOT NULL CHECK ((focus = 'identification_referral' OR focus = 'prevention' OR focus = 'assistance' OR focus = 'research' OR focus = 'other')),
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
CREATE INDEX ix_jud_date ON judicial(date, victim_id, case_ref);
CREATE INDEX ix_jud_center_date ON judicial(center_id, date, victim_id, case_ref);
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
