-- Reper schema, version 17, for PostgreSQL 15: the functions behind the policies, PL/pgSQL.
-- Every statement on a table with row-level security runs its policy's (SELECT my_…_centers())
-- once, as an InitPlan. As SQL functions (SECURITY DEFINER, SET search_path) PostgreSQL cannot
-- inline them and plans their bodies again on every call, and my_account()'s within them: a fixed
-- cost on each table of each statement, which made the national bilanț 2.75 times the local file's
-- time (docs/benchmarks.md). PL/pgSQL keeps the plans of its statements for the session, so each
-- call only runs them. The rules are those of steps 1 and 3, the three scopes now stated through
-- one function (centers_for); CREATE OR REPLACE keeps the grants.

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

-- The centres of the acting user's scope under one rule: every centre for a national user who holds
-- one of `national_roles`, their own for a centre's user who holds one of `centre_roles`, else none.
-- Called by the functions below only, inside their SECURITY DEFINER and search_path (the names are
-- qualified all the same); no client may execute it (revoked below: a schema's default privileges
-- cannot take away PUBLIC's EXECUTE).
CREATE FUNCTION centers_for(national_roles text[], centre_roles text[]) RETURNS bigint[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    a record;
BEGIN
    SELECT * INTO a FROM reper.my_account();
    IF a.id IS NOT NULL AND a.center_id IS NULL AND a.roles && national_roles THEN
        RETURN (SELECT array_agg(c.id) FROM reper.center c);
    ELSIF a.id IS NOT NULL AND a.center_id IS NOT NULL AND a.roles && centre_roles THEN
        RETURN ARRAY[a.center_id];
    END IF;
    RETURN '{}'::bigint[];
END
$$;

REVOKE EXECUTE ON FUNCTION centers_for(text[], text[]) FROM PUBLIC;

-- AccessPolicy::canReadRecords / canWriteRecords: the centres whose records the user keeps.
CREATE OR REPLACE FUNCTION my_record_centers() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN centers_for(ARRAY['coordinator'], ARRAY['coordinator', 'operator']);
END
$$;

-- AccessPolicy::canSeeFigures: the centres they keep, and an analyst's scope.
CREATE OR REPLACE FUNCTION my_readable_centers() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN centers_for(ARRAY['coordinator', 'analyst'], ARRAY['coordinator', 'analyst', 'operator']);
END
$$;

-- AccessPolicy::canSeeIdentity: operators and coordinators, for their own centre only (so a
-- national coordinator sees none).
CREATE OR REPLACE FUNCTION my_identity_centers() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = reper, pg_temp AS $$
BEGIN
    RETURN centers_for('{}'::text[], ARRAY['coordinator', 'operator']);
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
