-- Reper schema, version 17, for PostgreSQL 15: the functions behind the policies, PL/pgSQL.
-- Every statement on a table with row-level security runs its policy's (SELECT my_…_centers())
-- once, as an InitPlan. As SQL functions (SECURITY DEFINER, SET search_path) PostgreSQL cannot
-- inline them and plans their bodies again on every call, and my_account()'s within them: a fixed
-- cost on each table of each statement, which made the national bilanț 2.75 times the local file's
-- time (docs/benchmarks.md). PL/pgSQL keeps the plans of its statements for the session, so each
-- call only runs them. The rules are the same as before, word for word; CREATE OR REPLACE keeps
-- the grants.

-- The acting user's row, when they may act at all (not disabled, a password of their own).
CREATE OR REPLACE FUNCTION my_account() RETURNS TABLE (id bigint, roles text[], center_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN QUERY SELECT u.id, string_to_array(u.roles, ','), u.center_id FROM app_user u
        WHERE u.name = session_user AND u.disabled = 0 AND u.must_change_password = 0;
END
$$;

-- The signed-in user's id even with a temporary password (their own key, a new password).
CREATE OR REPLACE FUNCTION my_login_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN (SELECT u.id FROM app_user u WHERE u.name = session_user AND u.disabled = 0);
END
$$;

-- AccessPolicy::canReadRecords / canWriteRecords: the centres whose records the user keeps.
CREATE OR REPLACE FUNCTION my_record_centers() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
DECLARE
    a record;
BEGIN
    SELECT * INTO a FROM my_account();
    IF a.id IS NULL THEN
        RETURN '{}'::bigint[];
    ELSIF 'coordinator' = ANY (a.roles) AND a.center_id IS NULL THEN
        RETURN (SELECT array_agg(c.id) FROM center c);
    ELSIF ('coordinator' = ANY (a.roles) OR 'operator' = ANY (a.roles)) AND a.center_id IS NOT NULL THEN
        RETURN ARRAY[a.center_id];
    END IF;
    RETURN '{}'::bigint[];
END
$$;

-- AccessPolicy::canSeeFigures: the centres they keep, and an analyst's scope.
CREATE OR REPLACE FUNCTION my_readable_centers() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
DECLARE
    a record;
BEGIN
    SELECT * INTO a FROM my_account();
    IF a.id IS NULL THEN
        RETURN '{}'::bigint[];
    ELSIF ('coordinator' = ANY (a.roles) OR 'analyst' = ANY (a.roles)) AND a.center_id IS NULL THEN
        RETURN (SELECT array_agg(c.id) FROM center c);
    ELSIF ('coordinator' = ANY (a.roles) OR 'analyst' = ANY (a.roles) OR 'operator' = ANY (a.roles))
          AND a.center_id IS NOT NULL THEN
        RETURN ARRAY[a.center_id];
    END IF;
    RETURN '{}'::bigint[];
END
$$;

-- AccessPolicy::canSeeIdentity: operators and coordinators, for their own centre only.
CREATE OR REPLACE FUNCTION my_identity_centers() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
DECLARE
    a record;
BEGIN
    SELECT * INTO a FROM my_account();
    IF a.id IS NOT NULL AND a.center_id IS NOT NULL
       AND ('coordinator' = ANY (a.roles) OR 'operator' = ANY (a.roles)) THEN
        RETURN ARRAY[a.center_id];
    END IF;
    RETURN '{}'::bigint[];
END
$$;

CREATE OR REPLACE FUNCTION i_am(role text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM my_account() a WHERE i_am.role = ANY (a.roles));
END
$$;

CREATE OR REPLACE FUNCTION my_user_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN (SELECT a.id FROM my_account() a);
END
$$;
