-- Reper schema, version 9: deadlines (issue 10 §3). The rules that say what is due for a case —
-- kind, the record that starts it, the offsets, how early it is shown, who is told — kept in the
-- store with the six defaults below and edited by an administrator (DeadlineRuleRepository); the
-- items themselves are computed from the records each time they are read (DueItems), so a changed
-- rule changes what is due at once. An item dismissed with a reason is kept in due_dismissal. The
-- criminal-proceedings record gets the date of its next hearing. Written for SQLite 3.15.

-- offsets: one or more whole numbers separated by commas, in `unit` (day or month) after the
-- trigger date; lead_days: how many days before its date an item is already shown (and a record
-- dated within them satisfies it); notify: the case worker or the centre's coordinators.
CREATE TABLE deadline_rule (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL UNIQUE CHECK (kind IN ('reflection_period', 'assistance_review', 'repatriation_followup',
                                                    'hearing', 'next_contact', 'no_contact')),
    trigger_record TEXT NOT NULL CHECK (trigger_record IN ('identification', 'assistance', 'repatriation', 'judicial',
                                                'monitoring_contact', 'victim_case')),
    offsets    TEXT NOT NULL CHECK (length(offsets) BETWEEN 1 AND 40 AND offsets NOT GLOB '*[^0-9,]*'),
    unit       TEXT NOT NULL CHECK (unit IN ('day', 'month')),
    lead_days  INTEGER NOT NULL CHECK (lead_days BETWEEN 0 AND 365),
    notify     TEXT NOT NULL CHECK (notify IN ('case_worker', 'coordinator')),
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_by INTEGER REFERENCES app_user(id),
    updated_at TEXT
);
INSERT INTO deadline_rule(kind, trigger_record, offsets, unit, lead_days, notify) VALUES
    ('reflection_period', 'identification', '90', 'day', 7, 'case_worker'),
    ('assistance_review', 'assistance', '30', 'day', 0, 'case_worker'),
    ('repatriation_followup', 'repatriation', '3,6,12', 'month', 7, 'case_worker'),
    ('hearing', 'judicial', '0', 'day', 7, 'case_worker'),
    ('next_contact', 'monitoring_contact', '0', 'day', 0, 'case_worker'),
    ('no_contact', 'victim_case', '60', 'day', 0, 'case_worker');

-- An item set aside with a reason: the rule, the record that started it, its date. The same item
-- computed again (same rule, record and date) stays set aside; a changed date is a new item.
CREATE TABLE due_dismissal (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    source_id    INTEGER NOT NULL,
    victim_id    INTEGER NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    center_id    INTEGER NOT NULL REFERENCES center(id),
    due_on       TEXT NOT NULL CHECK (length(due_on) = 10 AND due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    reason       TEXT NOT NULL CHECK (reason IN ('done_elsewhere', 'not_applicable', 'unreachable', 'other')),
    note         TEXT,
    dismissed_by INTEGER NOT NULL REFERENCES app_user(id),
    dismissed_at TEXT NOT NULL,
    UNIQUE (kind, source_id, due_on)
);
CREATE INDEX ix_due_dismissal_victim ON due_dismissal(victim_id);

-- The next hearing of the proceedings the victim takes part in (the hearing rule reminds of it).
ALTER TABLE judicial ADD COLUMN hearing_date TEXT CHECK (hearing_date IS NULL OR (length(hearing_date) = 10 AND hearing_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'));
CREATE INDEX ix_judicial_hearing ON judicial(hearing_date, victim_id);

-- The audit trail's staging of judicial (003_security.sql) with the new column.
DROP TRIGGER audit_judicial_update;
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
        SELECT 'support', OLD.support, NEW.support UNION ALL
        SELECT 'hearing_date', OLD.hearing_date, NEW.hearing_date) WHERE o IS NOT n;
END;
DROP TRIGGER audit_judicial_delete;
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
        SELECT 'support', OLD.support UNION ALL
        SELECT 'hearing_date', OLD.hearing_date) WHERE o IS NOT NULL;
END;
