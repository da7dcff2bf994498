-- Reper schema, version 4, for PostgreSQL 15: indexes for the window's lists (docs/window.md).
-- Each list opens on its newest records (ORDER BY its date DESC LIMIT n), which an index on that date serves without
-- sorting the table; the prevention list's search by county name looks counties up by code.
-- The same indexes as ../004_window.sql, and the notifications that keep other users' windows current.
CREATE INDEX IF NOT EXISTS ix_assist_start ON assistance(start_date);
CREATE INDEX IF NOT EXISTS ix_assist_center_start ON assistance(center_id, start_date);
CREATE INDEX IF NOT EXISTS ix_repat_request ON repatriation(request_date);
CREATE INDEX IF NOT EXISTS ix_campaign_start ON campaign(start_date);
CREATE INDEX IF NOT EXISTS ix_project_start ON funded_project(start_date);
CREATE INDEX IF NOT EXISTS ix_prev_county ON prevention_activity(county, date);

-- Every committed change to records tells the windows that listen (LISTEN reper_change) which
-- table and which centres changed: "victim CR-BV,CR-CJ". One notification per statement (the
-- transition tables hold its rows), delivered at commit — never a record's content. Whoever
-- listens learns only that something changed in a centre; what they then read is still limited
-- by the policies.
CREATE FUNCTION notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = reper, pg_temp AS $$
DECLARE
    rows_sql text;
    centres text;
BEGIN
    rows_sql := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                           WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                           ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
    IF TG_ARGV[0] = 'victim' THEN
        EXECUTE format('SELECT string_agg(DISTINCT c.code, '','') FROM (%s) r '
                       'JOIN victim v ON v.id = r.victim_id JOIN center c ON c.id = v.center_id', rows_sql)
            INTO centres;
    ELSIF TG_ARGV[0] = 'scope' THEN
        EXECUTE format('SELECT string_agg(DISTINCT r.scope, '','') FROM (%s) r', rows_sql) INTO centres;
    ELSE
        EXECUTE format('SELECT string_agg(DISTINCT c.code, '','') FROM (%s) r JOIN center c ON c.id = r.center_id',
                       rows_sql)
            INTO centres;
    END IF;
    IF centres IS NOT NULL THEN
        PERFORM pg_notify('reper_change', TG_TABLE_NAME || ' ' || centres);
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
    how text;
BEGIN
    FOREACH t IN ARRAY ARRAY['victim', 'identification', 'assistance', 'repatriation', 'judicial', 'campaign',
                             'prevention_activity', 'protocol', 'action_plan', 'team_meeting', 'training', 'event',
                             'funded_project', 'victim_identity', 'closed_year'] LOOP
        how := CASE t WHEN 'victim_identity' THEN 'victim' WHEN 'closed_year' THEN 'scope' ELSE 'center_id' END;
        EXECUTE format('CREATE TRIGGER notify_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_change(%L)', t, how);
        IF t <> 'closed_year' THEN
            EXECUTE format('CREATE TRIGGER notify_update AFTER UPDATE ON %I '
                           'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                           'FOR EACH STATEMENT EXECUTE FUNCTION notify_change(%L)', t, how);
            EXECUTE format('CREATE TRIGGER notify_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                           'FOR EACH STATEMENT EXECUTE FUNCTION notify_change(%L)', t, how);
        END IF;
    END LOOP;
END
$$;
