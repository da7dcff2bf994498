-- Reper schema, version 20, for PostgreSQL 15: no function of the schema is everyone's.
-- Step 1 took EXECUTE on the schema's functions from PUBLIC with ALTER DEFAULT PRIVILEGES IN SCHEMA,
-- but a per-schema default only adds to the global ones, which give every new function to PUBLIC:
-- each function not revoked by name stayed callable by every role with USAGE on the schema, that
-- is by every user. Among them create_login (SECURITY DEFINER, the inner half of add_user without
-- its check): any signed-in user could make an administrator's login. The grants by name of the
-- earlier steps stay; what no role was granted is now the owner's alone, and so is every function a
-- later step makes (the owner's global default, which can revoke).
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA reper FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE reper_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
