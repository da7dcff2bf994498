-- Reper schema, version 17: nothing changes in the local file. On a server this step makes the
-- functions behind the row-level security policies PL/pgSQL (postgres/017_scope_functions.sql); the
-- two engines keep one numbering of their steps, so the local file takes the step as it is.
SELECT 1;
