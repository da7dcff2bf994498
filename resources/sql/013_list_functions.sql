-- Reper schema, version 13: the window's list functions on the server (postgres/013). The local
-- file registers them on each connection (SqlExtensions: reper_fold and the collation reper_ro), so
-- this step changes nothing here; it keeps the two engines' steps in one numbering.
SELECT 1;
