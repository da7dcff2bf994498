-- Reper schema, version 3: the audit trail, the users' signing keys, retention. For the SQLite
-- 3.15.2 engine of SQLCipher 3.4.1 (no UPSERT, window functions, JSON1, RETURNING). See
-- docs/security.md for how the trail is chained and signed and what verify checks.

ALTER TABLE app_user ADD COLUMN disabled_at TEXT;

-- The public half of each user's Ed25519 signing key. The private half is sealed in the user's key
-- slot. A key counts only if an entry of the trail introduced it (audit verify does not trust this
-- table, it uses it to find a key by id).
CREATE TABLE audit_key (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES app_user(id),
    public_key     BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    registered_seq INTEGER NOT NULL
);

-- Append only, hash-chained and signed: hash = SHA-256 of the entry's fields, the signer's public key
-- and the previous entry's hash; signature = Ed25519 of hash by the acting user's key.
CREATE TABLE audit_entry (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES app_user(id),
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_type TEXT,    -- NULL and '' read alike: an empty field
    record_id   INTEGER,
    record_code TEXT,
    center      TEXT,
    detail      TEXT,    -- compact JSON
    key_id      INTEGER NOT NULL REFERENCES audit_key(id),
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL,
    signature   BLOB NOT NULL
);
CREATE INDEX ix_audit_user ON audit_entry(user_name, seq);
CREATE INDEX ix_audit_record ON audit_entry(record_type, record_id);
CREATE INDEX ix_audit_code ON audit_entry(record_code);
CREATE INDEX ix_audit_action ON audit_entry(action, seq);
CREATE INDEX ix_audit_at ON audit_entry(at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_key_no_update BEFORE UPDATE ON audit_key
BEGIN SELECT RAISE(ABORT, 'the audit keys are append-only'); END;
CREATE TRIGGER audit_key_no_delete BEFORE DELETE ON audit_key
BEGIN SELECT RAISE(ABORT, 'the audit keys are append-only'); END;

-- Victims whose identity was erased under the retention rule (their statistics stay).
CREATE TABLE victim_identity_erased (
    victim_id INTEGER PRIMARY KEY REFERENCES victim(id) ON DELETE CASCADE,
    erased_at TEXT NOT NULL
);

-- Changes to records, written by the triggers below inside the changing transaction and turned into
-- signed trail entries by the program (AuditChangeLog) before its next entry, at the latest when the
-- store is closed. Identity fields are staged by name only. Inserts are not staged: an import is one
-- entry with its counts, and a record added one by one is recorded by its repository.
CREATE TABLE audit_change (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    record_id NOT NULL,
    op        TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value,
    new_value,
    actor     INTEGER
);

CREATE TRIGGER audit_victim_update AFTER UPDATE ON victim BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'code' AS f, OLD.code AS o, NEW.code AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'sex', OLD.sex, NEW.sex UNION ALL
        SELECT 'birth_date', OLD.birth_date, NEW.birth_date UNION ALL
        SELECT 'birth_year', OLD.birth_year, NEW.birth_year UNION ALL
        SELECT 'citizenship', OLD.citizenship, NEW.citizenship UNION ALL
        SELECT 'county', OLD.county, NEW.county UNION ALL
        SELECT 'residence_env', OLD.residence_env, NEW.residence_env UNION ALL
        SELECT 'education', OLD.education, NEW.education) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_victim_delete AFTER DELETE ON victim BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'sex', OLD.sex UNION ALL
        SELECT 'birth_date', OLD.birth_date UNION ALL
        SELECT 'birth_year', OLD.birth_year UNION ALL
        SELECT 'citizenship', OLD.citizenship UNION ALL
        SELECT 'county', OLD.county UNION ALL
        SELECT 'residence_env', OLD.residence_env UNION ALL
        SELECT 'education', OLD.education) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_identification_update AFTER UPDATE ON identification BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'identification', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o, NEW.victim_id AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'notification_date', OLD.notification_date, NEW.notification_date UNION ALL
        SELECT 'identification_date', OLD.identification_date, NEW.identification_date UNION ALL
        SELECT 'mnir_status', OLD.mnir_status, NEW.mnir_status UNION ALL
        SELECT 'institution', OLD.institution, NEW.institution UNION ALL
        SELECT 'scope', OLD.scope, NEW.scope UNION ALL
        SELECT 'primary_exploitation', OLD.primary_exploitation, NEW.primary_exploitation UNION ALL
        SELECT 'attempt', OLD.attempt, NEW.attempt UNION ALL
        SELECT 'exploitation_country', OLD.exploitation_country, NEW.exploitation_country UNION ALL
        SELECT 'recruitment', OLD.recruitment, NEW.recruitment UNION ALL
        SELECT 'recruiter_relation', OLD.recruiter_relation, NEW.recruiter_relation) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_identification_delete AFTER DELETE ON identification BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'identification', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'notification_date', OLD.notification_date UNION ALL
        SELECT 'identification_date', OLD.identification_date UNION ALL
        SELECT 'mnir_status', OLD.mnir_status UNION ALL
        SELECT 'institution', OLD.institution UNION ALL
        SELECT 'scope', OLD.scope UNION ALL
        SELECT 'primary_exploitation', OLD.primary_exploitation UNION ALL
        SELECT 'attempt', OLD.attempt UNION ALL
        SELECT 'exploitation_country', OLD.exploitation_country UNION ALL
        SELECT 'recruitment', OLD.recruitment UNION ALL
        SELECT 'recruiter_relation', OLD.recruiter_relation) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_assistance_update AFTER UPDATE ON assistance BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'assistance', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o, NEW.victim_id AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'service', OLD.service, NEW.service UNION ALL
        SELECT 'provider', OLD.provider, NEW.provider UNION ALL
        SELECT 'start_date', OLD.start_date, NEW.start_date UNION ALL
        SELECT 'end_date', OLD.end_date, NEW.end_date) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_assistance_delete AFTER DELETE ON assistance BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'assistance', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'service', OLD.service UNION ALL
        SELECT 'provider', OLD.provider UNION ALL
        SELECT 'start_date', OLD.start_date UNION ALL
        SELECT 'end_date', OLD.end_date) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_repatriation_update AFTER UPDATE ON repatriation BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'repatriation', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o, NEW.victim_id AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'from_country', OLD.from_country, NEW.from_country UNION ALL
        SELECT 'request_date', OLD.request_date, NEW.request_date UNION ALL
        SELECT 'arrival_date', OLD.arrival_date, NEW.arrival_date UNION ALL
        SELECT 'entry_point', OLD.entry_point, NEW.entry_point UNION ALL
        SELECT 'status', OLD.status, NEW.status) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_repatriation_delete AFTER DELETE ON repatriation BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'repatriation', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'from_country', OLD.from_country UNION ALL
        SELECT 'request_date', OLD.request_date UNION ALL
        SELECT 'arrival_date', OLD.arrival_date UNION ALL
        SELECT 'entry_point', OLD.entry_point UNION ALL
        SELECT 'status', OLD.status) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_judicial_update AFTER UPDATE ON judicial BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'judicial', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o, NEW.victim_id AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'case_ref', OLD.case_ref, NEW.case_ref UNION ALL
        SELECT 'body', OLD.body, NEW.body UNION ALL
        SELECT 'stage', OLD.stage, NEW.stage UNION ALL
        SELECT 'role', OLD.role, NEW.role UNION ALL
        SELECT 'support', OLD.support, NEW.support) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_judicial_delete AFTER DELETE ON judicial BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'judicial', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'case_ref', OLD.case_ref UNION ALL
        SELECT 'body', OLD.body UNION ALL
        SELECT 'stage', OLD.stage UNION ALL
        SELECT 'role', OLD.role UNION ALL
        SELECT 'support', OLD.support) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_campaign_update AFTER UPDATE ON campaign BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'campaign', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'code' AS f, OLD.code AS o, NEW.code AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'title', OLD.title, NEW.title UNION ALL
        SELECT 'level', OLD.level, NEW.level UNION ALL
        SELECT 'funding', OLD.funding, NEW.funding UNION ALL
        SELECT 'funder', OLD.funder, NEW.funder UNION ALL
        SELECT 'start_date', OLD.start_date, NEW.start_date UNION ALL
        SELECT 'end_date', OLD.end_date, NEW.end_date) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_campaign_delete AFTER DELETE ON campaign BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'campaign', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'title', OLD.title UNION ALL
        SELECT 'level', OLD.level UNION ALL
        SELECT 'funding', OLD.funding UNION ALL
        SELECT 'funder', OLD.funder UNION ALL
        SELECT 'start_date', OLD.start_date UNION ALL
        SELECT 'end_date', OLD.end_date) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_prevention_activity_update AFTER UPDATE ON prevention_activity BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'prevention_activity', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o, NEW.center_id AS n UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'county', OLD.county, NEW.county UNION ALL
        SELECT 'campaign_id', OLD.campaign_id, NEW.campaign_id UNION ALL
        SELECT 'type', OLD.type, NEW.type UNION ALL
        SELECT 'target_group', OLD.target_group, NEW.target_group UNION ALL
        SELECT 'participants', OLD.participants, NEW.participants UNION ALL
        SELECT 'materials', OLD.materials, NEW.materials UNION ALL
        SELECT 'online_reach', OLD.online_reach, NEW.online_reach) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_prevention_activity_delete AFTER DELETE ON prevention_activity BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'prevention_activity', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'county', OLD.county UNION ALL
        SELECT 'campaign_id', OLD.campaign_id UNION ALL
        SELECT 'type', OLD.type UNION ALL
        SELECT 'target_group', OLD.target_group UNION ALL
        SELECT 'participants', OLD.participants UNION ALL
        SELECT 'materials', OLD.materials UNION ALL
        SELECT 'online_reach', OLD.online_reach) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_protocol_update AFTER UPDATE ON protocol BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'protocol', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o, NEW.center_id AS n UNION ALL
        SELECT 'signed_date', OLD.signed_date, NEW.signed_date UNION ALL
        SELECT 'partner', OLD.partner, NEW.partner) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_protocol_delete AFTER DELETE ON protocol BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'protocol', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o UNION ALL
        SELECT 'signed_date', OLD.signed_date UNION ALL
        SELECT 'partner', OLD.partner) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_action_plan_update AFTER UPDATE ON action_plan BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'action_plan', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o, NEW.center_id AS n UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'partner', OLD.partner, NEW.partner) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_action_plan_delete AFTER DELETE ON action_plan BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'action_plan', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'partner', OLD.partner) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_team_meeting_update AFTER UPDATE ON team_meeting BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'team_meeting', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o, NEW.center_id AS n UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'county', OLD.county, NEW.county UNION ALL
        SELECT 'attendees', OLD.attendees, NEW.attendees) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_team_meeting_delete AFTER DELETE ON team_meeting BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'team_meeting', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'county', OLD.county UNION ALL
        SELECT 'attendees', OLD.attendees) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_training_update AFTER UPDATE ON training BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'training', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o, NEW.center_id AS n UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'county', OLD.county, NEW.county UNION ALL
        SELECT 'audience', OLD.audience, NEW.audience UNION ALL
        SELECT 'participants', OLD.participants, NEW.participants UNION ALL
        SELECT 'topic', OLD.topic, NEW.topic) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_training_delete AFTER DELETE ON training BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'training', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'county', OLD.county UNION ALL
        SELECT 'audience', OLD.audience UNION ALL
        SELECT 'participants', OLD.participants UNION ALL
        SELECT 'topic', OLD.topic) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_event_update AFTER UPDATE ON event BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'event', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o, NEW.center_id AS n UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'type', OLD.type, NEW.type UNION ALL
        SELECT 'role', OLD.role, NEW.role UNION ALL
        SELECT 'title', OLD.title, NEW.title) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_event_delete AFTER DELETE ON event BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'event', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'center_id' AS f, OLD.center_id AS o UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'type', OLD.type UNION ALL
        SELECT 'role', OLD.role UNION ALL
        SELECT 'title', OLD.title) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_funded_project_update AFTER UPDATE ON funded_project BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'funded_project', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'code' AS f, OLD.code AS o, NEW.code AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'title', OLD.title, NEW.title UNION ALL
        SELECT 'funder', OLD.funder, NEW.funder UNION ALL
        SELECT 'focus', OLD.focus, NEW.focus UNION ALL
        SELECT 'start_date', OLD.start_date, NEW.start_date UNION ALL
        SELECT 'end_date', OLD.end_date, NEW.end_date) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_funded_project_delete AFTER DELETE ON funded_project BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'funded_project', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'title', OLD.title UNION ALL
        SELECT 'funder', OLD.funder UNION ALL
        SELECT 'focus', OLD.focus UNION ALL
        SELECT 'start_date', OLD.start_date UNION ALL
        SELECT 'end_date', OLD.end_date) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_center_update AFTER UPDATE ON center BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'center', NEW.id, 'update', f, o, n, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o, NEW.code AS n UNION ALL
        SELECT 'seat', OLD.seat, NEW.seat) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_center_delete AFTER DELETE ON center BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'center', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o UNION ALL
        SELECT 'seat', OLD.seat) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_county_update AFTER UPDATE ON county BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'county', NEW.code, 'update', f, o, n, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o, NEW.code AS n UNION ALL
        SELECT 'name', OLD.name, NEW.name UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_county_delete AFTER DELETE ON county BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'county', OLD.code, 'delete', f, o, NULL, NULL FROM (
        SELECT 'code' AS f, OLD.code AS o UNION ALL
        SELECT 'name', OLD.name UNION ALL
        SELECT 'center_id', OLD.center_id) WHERE o IS NOT NULL;
END;

-- Identity: the names of the fields that changed, never their values.
CREATE TRIGGER audit_victim_identity_update AFTER UPDATE ON victim_identity BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim_identity', NEW.victim_id, 'update', f, NULL, NULL, NULL FROM (
        SELECT 'last_name' AS f, OLD.last_name IS NOT NEW.last_name AS d UNION ALL
        SELECT 'first_name', OLD.first_name IS NOT NEW.first_name UNION ALL
        SELECT 'cnp', OLD.cnp IS NOT NEW.cnp UNION ALL
        SELECT 'address', OLD.address IS NOT NEW.address UNION ALL
        SELECT 'phone', OLD.phone IS NOT NEW.phone UNION ALL
        SELECT 'notes', OLD.notes IS NOT NEW.notes) WHERE d;
END;
CREATE TRIGGER audit_victim_identity_delete AFTER DELETE ON victim_identity BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim_identity', OLD.victim_id, 'delete', f, NULL, NULL, NULL FROM (
        SELECT 'last_name' AS f, OLD.last_name IS NOT NULL AS d UNION ALL
        SELECT 'first_name', OLD.first_name IS NOT NULL UNION ALL
        SELECT 'cnp', OLD.cnp IS NOT NULL UNION ALL
        SELECT 'address', OLD.address IS NOT NULL UNION ALL
        SELECT 'phone', OLD.phone IS NOT NULL UNION ALL
        SELECT 'notes', OLD.notes IS NOT NULL) WHERE d;
END;
-- The forms of exploitation belong to their identification.
CREATE TRIGGER audit_identification_exploitation_update AFTER UPDATE ON identification_exploitation BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    VALUES ('identification_exploitation', OLD.identification_id, 'update', 'exploitation', OLD.form, NEW.form, NULL);
END;
CREATE TRIGGER audit_identification_exploitation_delete AFTER DELETE ON identification_exploitation BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    VALUES ('identification_exploitation', OLD.identification_id, 'delete', 'exploitation', OLD.form, NULL, NULL);
END;

