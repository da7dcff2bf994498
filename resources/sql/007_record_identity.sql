-- Reper schema, version 7: stable record identities (issue 9). Every record gets a UUID, made with
-- the record and kept through edits, backups and restores, and a version, 1 when it is made and one
-- more on each change; a record deleted leaves a tombstone (its UUID, kind, centre and time) in
-- record_deletion, so a centre's package can carry its deletions to headquarters.
-- Written for SQLite 3.15 (SQLCipher 3.4.1): ALTER TABLE cannot give a column a computed default, so
-- a trigger gives a new row its UUID (a random version 4 UUID in lower-case text) unless the INSERT
-- gave one, and another counts the versions. Neither touches a column the audit trail stages, so
-- the staging triggers of 003 stage nothing for them. Existing rows get their UUIDs here.

-- The records deleted: what a package tells headquarters to delete. Kept for good (a few dozen bytes
-- a record); `kind` is the table's name.
CREATE TABLE record_deletion (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL CHECK (length(uuid) = 36),
    kind       TEXT NOT NULL,
    center_id  INTEGER NOT NULL REFERENCES center(id),
    deleted_at TEXT NOT NULL
);
CREATE INDEX ix_record_deletion_center ON record_deletion(center_id, id);

ALTER TABLE victim ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE victim ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE victim SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_victim_uuid ON victim(uuid);
CREATE TRIGGER uuid_victim AFTER INSERT ON victim WHEN NEW.uuid IS NULL BEGIN
    UPDATE victim SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_victim AFTER UPDATE ON victim WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE victim SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_victim AFTER DELETE ON victim WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'victim', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE identification ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE identification ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE identification SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_identification_uuid ON identification(uuid);
CREATE TRIGGER uuid_identification AFTER INSERT ON identification WHEN NEW.uuid IS NULL BEGIN
    UPDATE identification SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_identification AFTER UPDATE ON identification WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE identification SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_identification AFTER DELETE ON identification WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'identification', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE assistance ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE assistance ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE assistance SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_assistance_uuid ON assistance(uuid);
CREATE TRIGGER uuid_assistance AFTER INSERT ON assistance WHEN NEW.uuid IS NULL BEGIN
    UPDATE assistance SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_assistance AFTER UPDATE ON assistance WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE assistance SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_assistance AFTER DELETE ON assistance WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'assistance', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE repatriation ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE repatriation ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE repatriation SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_repatriation_uuid ON repatriation(uuid);
CREATE TRIGGER uuid_repatriation AFTER INSERT ON repatriation WHEN NEW.uuid IS NULL BEGIN
    UPDATE repatriation SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_repatriation AFTER UPDATE ON repatriation WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE repatriation SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_repatriation AFTER DELETE ON repatriation WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'repatriation', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE judicial ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE judicial ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE judicial SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_judicial_uuid ON judicial(uuid);
CREATE TRIGGER uuid_judicial AFTER INSERT ON judicial WHEN NEW.uuid IS NULL BEGIN
    UPDATE judicial SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_judicial AFTER UPDATE ON judicial WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE judicial SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_judicial AFTER DELETE ON judicial WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'judicial', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE campaign ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE campaign ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE campaign SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_campaign_uuid ON campaign(uuid);
CREATE TRIGGER uuid_campaign AFTER INSERT ON campaign WHEN NEW.uuid IS NULL BEGIN
    UPDATE campaign SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_campaign AFTER UPDATE ON campaign WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE campaign SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_campaign AFTER DELETE ON campaign WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'campaign', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE prevention_activity ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE prevention_activity ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE prevention_activity SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_prevention_activity_uuid ON prevention_activity(uuid);
CREATE TRIGGER uuid_prevention_activity AFTER INSERT ON prevention_activity WHEN NEW.uuid IS NULL BEGIN
    UPDATE prevention_activity SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_prevention_activity AFTER UPDATE ON prevention_activity WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE prevention_activity SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_prevention_activity AFTER DELETE ON prevention_activity WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'prevention_activity', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE protocol ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE protocol ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE protocol SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_protocol_uuid ON protocol(uuid);
CREATE TRIGGER uuid_protocol AFTER INSERT ON protocol WHEN NEW.uuid IS NULL BEGIN
    UPDATE protocol SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_protocol AFTER UPDATE ON protocol WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE protocol SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_protocol AFTER DELETE ON protocol WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'protocol', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE action_plan ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE action_plan ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE action_plan SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_action_plan_uuid ON action_plan(uuid);
CREATE TRIGGER uuid_action_plan AFTER INSERT ON action_plan WHEN NEW.uuid IS NULL BEGIN
    UPDATE action_plan SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_action_plan AFTER UPDATE ON action_plan WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE action_plan SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_action_plan AFTER DELETE ON action_plan WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'action_plan', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE team_meeting ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE team_meeting ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE team_meeting SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_team_meeting_uuid ON team_meeting(uuid);
CREATE TRIGGER uuid_team_meeting AFTER INSERT ON team_meeting WHEN NEW.uuid IS NULL BEGIN
    UPDATE team_meeting SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_team_meeting AFTER UPDATE ON team_meeting WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE team_meeting SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_team_meeting AFTER DELETE ON team_meeting WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'team_meeting', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE training ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE training ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE training SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_training_uuid ON training(uuid);
CREATE TRIGGER uuid_training AFTER INSERT ON training WHEN NEW.uuid IS NULL BEGIN
    UPDATE training SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_training AFTER UPDATE ON training WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE training SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_training AFTER DELETE ON training WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'training', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE event ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE event ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE event SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_event_uuid ON event(uuid);
CREATE TRIGGER uuid_event AFTER INSERT ON event WHEN NEW.uuid IS NULL BEGIN
    UPDATE event SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_event AFTER UPDATE ON event WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE event SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_event AFTER DELETE ON event WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'event', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
ALTER TABLE funded_project ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
ALTER TABLE funded_project ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE funded_project SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX ux_funded_project_uuid ON funded_project(uuid);
CREATE TRIGGER uuid_funded_project AFTER INSERT ON funded_project WHEN NEW.uuid IS NULL BEGIN
    UPDATE funded_project SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;
CREATE TRIGGER version_funded_project AFTER UPDATE ON funded_project WHEN NEW.version = OLD.version AND OLD.uuid IS NOT NULL BEGIN
    UPDATE funded_project SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tombstone_funded_project AFTER DELETE ON funded_project WHEN OLD.uuid IS NOT NULL BEGIN
    INSERT INTO record_deletion(uuid, kind, center_id, deleted_at)
    VALUES (OLD.uuid, 'funded_project', OLD.center_id, strftime('%Y-%m-%d %H:%M:%S', 'now'));
END;
