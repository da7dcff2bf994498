-- Reper schema, version 21, for PostgreSQL 15: the change notifications no longer plan their query
-- on every statement.
-- Step 4's notify_change() built its query with EXECUTE format(…), which PostgreSQL parses and
-- plans anew each time: on an import, where every row is its own INSERT, that was about 0.3 ms of
-- the server's 0.5 ms per row (docs/benchmarks.md, "The import's change notifications"). The same
-- queries written out, one per kind of trigger and kind of change: PL/pgSQL compiles a trigger
-- function once per trigger and keeps the plan of each statement it runs, and a statement that a
-- trigger never reaches (another table's columns, the other transition table) is never planned.
-- What is sent is unchanged: "table CR-BV,CR-CJ", one notification per statement, at commit.
-- CREATE OR REPLACE keeps the function's owner, grants and the triggers that call it.
CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = reper, pg_temp AS $$
DECLARE
    centres text;
BEGIN
    IF TG_ARGV[0] = 'victim' THEN
        IF TG_OP = 'INSERT' THEN
            SELECT string_agg(DISTINCT c.code, ',') INTO centres
                FROM new_rows r JOIN victim v ON v.id = r.victim_id JOIN center c ON c.id = v.center_id;
        ELSIF TG_OP = 'DELETE' THEN
            SELECT string_agg(DISTINCT c.code, ',') INTO centres
                FROM old_rows r JOIN victim v ON v.id = r.victim_id JOIN center c ON c.id = v.center_id;
        ELSE
            SELECT string_agg(DISTINCT c.code, ',') INTO centres
                FROM (SELECT victim_id FROM new_rows UNION ALL SELECT victim_id FROM old_rows) r
                JOIN victim v ON v.id = r.victim_id JOIN center c ON c.id = v.center_id;
        END IF;
    ELSIF TG_ARGV[0] = 'scope' THEN
        IF TG_OP = 'INSERT' THEN
            SELECT string_agg(DISTINCT r.scope, ',') INTO centres FROM new_rows r;
        ELSIF TG_OP = 'DELETE' THEN
            SELECT string_agg(DISTINCT r.scope, ',') INTO centres FROM old_rows r;
        ELSE
            SELECT string_agg(DISTINCT r.scope, ',') INTO centres
                FROM (SELECT scope FROM new_rows UNION ALL SELECT scope FROM old_rows) r;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT string_agg(DISTINCT c.code, ',') INTO centres FROM new_rows r JOIN center c ON c.id = r.center_id;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT string_agg(DISTINCT c.code, ',') INTO centres FROM old_rows r JOIN center c ON c.id = r.center_id;
    ELSE
        SELECT string_agg(DISTINCT c.code, ',') INTO centres
            FROM (SELECT center_id FROM new_rows UNION ALL SELECT center_id FROM old_rows) r
            JOIN center c ON c.id = r.center_id;
    END IF;
    IF centres IS NOT NULL THEN
        PERFORM pg_notify('reper_change', TG_TABLE_NAME || ' ' || centres);
    END IF;
    RETURN NULL;
END
$$;
