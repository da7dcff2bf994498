-- Reper schema, version 20: nothing changes in the local file. The step takes the server's
-- functions from PUBLIC (postgres/020_no_public_functions.sql); the two engines keep one numbering
-- of their schema, and the local file has no roles. Written for SQLite 3.15 (SQLCipher 3.4.1).
SELECT 1;
