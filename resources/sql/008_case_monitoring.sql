-- Reper schema, version 8: case monitoring (issue 10). A case per victim with its state, its case
-- worker and how it closed; the monitoring contacts ("contact de monitorizare") behind the
-- monitored assistance. Written for SQLite 3.15 (SQLCipher 3.4.1). The program finishes this step
-- in the same transaction: the cases of the victims already in the store get their state by the
-- rule of docs/decisions.md (CaseStatusRule), which needs the store's clock.

-- One case per victim, made with the victim (trigger below). The states are those of the IOM case
-- standard (HTCDS): active, follow_up, closed, closed_referred. A closed case has its closing date
-- and reason; "referred to another institution" is the reason of closed_referred and names the
-- institution. center_id is the victim's centre, kept equal to it (the scope of every read).
CREATE TABLE victim_case (
    id             INTEGER PRIMARY KEY,
    victim_id      INTEGER NOT NULL UNIQUE REFERENCES victim(id) ON DELETE CASCADE,
    center_id      INTEGER NOT NULL REFERENCES center(id),
    status         TEXT NOT NULL CHECK (status IN ('active', 'follow_up', 'closed', 'closed_referred')),
    worker_id      INTEGER REFERENCES app_user(id),
    opened_on      TEXT NOT NULL CHECK (length(opened_on) = 10 AND opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    closed_on      TEXT CHECK (closed_on IS NULL OR (length(closed_on) = 10 AND closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    closing_reason TEXT CHECK (closing_reason IS NULL OR closing_reason IN ('reintegrated', 'referred', 'moved_abroad', 'refused', 'lost_contact', 'deceased', 'other')),
    referred_to    TEXT,
    created_by     INTEGER NOT NULL REFERENCES app_user(id),
    created_at     TEXT NOT NULL,
    updated_by     INTEGER NOT NULL REFERENCES app_user(id),
    updated_at     TEXT NOT NULL,
    CHECK ((status IN ('closed', 'closed_referred')) = (closed_on IS NOT NULL)),
    CHECK ((status IN ('closed', 'closed_referred')) = (closing_reason IS NOT NULL)),
    CHECK (status <> 'closed_referred' OR closing_reason = 'referred'),
    CHECK (closing_reason IS NULL OR closing_reason <> 'referred' OR status = 'closed_referred'),
    CHECK (closing_reason IS NULL OR closing_reason <> 'referred' OR length(trim(coalesce(referred_to, ''))) > 0),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX ix_case_center_status ON victim_case(center_id, status, worker_id);
CREATE INDEX ix_case_worker ON victim_case(worker_id, status);

-- A victim's case opens with the victim: active, on the day it was recorded, with whoever recorded
-- it as case worker when that is a user of the victim's centre (otherwise a coordinator assigns one).
CREATE TRIGGER victim_case_open AFTER INSERT ON victim BEGIN
    INSERT INTO victim_case(victim_id, center_id, status, worker_id, opened_on, created_by, created_at, updated_by,
                            updated_at)
    VALUES (NEW.id, NEW.center_id, 'active',
            (SELECT u.id FROM app_user u WHERE u.id = NEW.created_by AND u.center_id = NEW.center_id
                AND u.disabled = 0 AND (',' || u.roles || ',' LIKE '%,operator,%'
                                        OR ',' || u.roles || ',' LIKE '%,coordinator,%')),
            substr(NEW.created_at, 1, 10), NEW.created_by, NEW.created_at, NEW.created_by, NEW.created_at);
END;
-- The victims already in the store get their case the same way; their state follows by rule (the
-- program, in this step's transaction).
INSERT INTO victim_case(victim_id, center_id, status, worker_id, opened_on, created_by, created_at, updated_by,
                        updated_at)
SELECT v.id, v.center_id, 'active',
       (SELECT u.id FROM app_user u WHERE u.id = v.created_by AND u.center_id = v.center_id AND u.disabled = 0
            AND (',' || u.roles || ',' LIKE '%,operator,%' OR ',' || u.roles || ',' LIKE '%,coordinator,%')),
       substr(v.created_at, 1, 10), v.created_by, v.created_at, v.created_by, v.created_at
FROM victim v;

-- A victim moved to another centre takes its case along; the case worker is the old centre's, so
-- the case waits for the new centre's coordinator to assign one.
CREATE TRIGGER victim_case_follow_center AFTER UPDATE OF center_id ON victim
WHEN NEW.center_id IS NOT OLD.center_id BEGIN
    UPDATE victim_case SET center_id = NEW.center_id, worker_id = NULL WHERE victim_id = NEW.id;
END;

-- A monitoring contact: the case worker's visit, call or meeting, with whom, what came of it and
-- when the next contact is due.
CREATE TABLE monitoring_contact (
    id         INTEGER PRIMARY KEY,
    victim_id  INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id  INTEGER NOT NULL REFERENCES center(id),
    date       TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind       TEXT NOT NULL CHECK (kind IN ('visit', 'phone', 'centre_meeting', 'family', 'provider')),
    with_whom  TEXT,
    outcome    TEXT,
    next_date  TEXT CHECK (next_date IS NULL OR (length(next_date) = 10 AND next_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
    row_key    BLOB UNIQUE,
    created_by INTEGER NOT NULL REFERENCES app_user(id),
    created_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES app_user(id),
    updated_at TEXT NOT NULL,
    CHECK (next_date IS NULL OR next_date >= date)
);
CREATE INDEX ix_contact_victim ON monitoring_contact(victim_id, date);
CREATE INDEX ix_contact_date ON monitoring_contact(date, victim_id);
CREATE INDEX ix_contact_center_date ON monitoring_contact(center_id, date, victim_id);

-- The audit trail's staging (as 003_security.sql for the other record tables).
CREATE TRIGGER audit_victim_case_update AFTER UPDATE ON victim_case BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim_case', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o, NEW.victim_id AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'status', OLD.status, NEW.status UNION ALL
        SELECT 'worker_id', OLD.worker_id, NEW.worker_id UNION ALL
        SELECT 'opened_on', OLD.opened_on, NEW.opened_on UNION ALL
        SELECT 'closed_on', OLD.closed_on, NEW.closed_on UNION ALL
        SELECT 'closing_reason', OLD.closing_reason, NEW.closing_reason UNION ALL
        SELECT 'referred_to', OLD.referred_to, NEW.referred_to) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_victim_case_delete AFTER DELETE ON victim_case BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim_case', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'status', OLD.status UNION ALL
        SELECT 'worker_id', OLD.worker_id UNION ALL
        SELECT 'opened_on', OLD.opened_on UNION ALL
        SELECT 'closed_on', OLD.closed_on UNION ALL
        SELECT 'closing_reason', OLD.closing_reason UNION ALL
        SELECT 'referred_to', OLD.referred_to) WHERE o IS NOT NULL;
END;

CREATE TRIGGER audit_monitoring_contact_update AFTER UPDATE ON monitoring_contact BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'monitoring_contact', NEW.id, 'update', f, o, n, CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_by END FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o, NEW.victim_id AS n UNION ALL
        SELECT 'center_id', OLD.center_id, NEW.center_id UNION ALL
        SELECT 'date', OLD.date, NEW.date UNION ALL
        SELECT 'kind', OLD.kind, NEW.kind UNION ALL
        SELECT 'next_date', OLD.next_date, NEW.next_date) WHERE o IS NOT n;
END;
CREATE TRIGGER audit_monitoring_contact_delete AFTER DELETE ON monitoring_contact BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'monitoring_contact', OLD.id, 'delete', f, o, NULL, NULL FROM (
        SELECT 'victim_id' AS f, OLD.victim_id AS o UNION ALL
        SELECT 'center_id', OLD.center_id UNION ALL
        SELECT 'date', OLD.date UNION ALL
        SELECT 'kind', OLD.kind UNION ALL
        SELECT 'next_date', OLD.next_date) WHERE o IS NOT NULL;
END;

-- Stable identities (as 007_record_identity.sql for the other record tables): a UUID made with the
-- record, a version counted on each change, and a tombstone when it is deleted, so a centre's package
-- carries cases and contacts like every other record.
ALTER TABLE victim_case ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE victim_case ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE victim_case SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_victim_case_uuid ON victim_case(uuid);
CREATE TRIGGER uuid_victim_case AFTER INSERT ON victim_case WHEN NEW.uuid IS NULL BEGIN
    UPDATE victim_case SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_victim_case AFTER UPDATE ON victim_case WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE victim_case SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_victim_case AFTER DELETE ON victim_case WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'victim_case', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE monitoring_contact ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE monitoring_contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE monitoring_contact SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_monitoring_contact_uuid ON monitoring_contact(uuid);
CREATE TRIGGER uuid_monitoring_contact AFTER INSERT ON monitoring_contact WHEN NEW.uuid IS NULL BEGIN
    UPDATE monitoring_contact SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_monitoring_contact AFTER UPDATE ON monitoring_contact WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE monitoring_contact SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_monitoring_contact AFTER DELETE ON monitoring_contact WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'monitoring_contact', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
