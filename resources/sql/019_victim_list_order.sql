-- Reper schema, version 19: nothing changes in the local file. The step is PostgreSQL's index for
-- the victims list (postgres/019_victim_list_order.sql); the two engines keep one numbering of
-- their schema. SQLite needs no such index: its unique index on the code gives the list's order
-- (a unique code makes the id that follows it redundant), and the file has no row-level policy to
-- check on the rows a page skips. Written for SQLite 3.15 (SQLCipher 3.4.1).
SELECT 1;
