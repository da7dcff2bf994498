-- Reper schema, version 15: the server's per-victim indexes for lookups under row-level security
-- (postgres/015). The local file has no policies, so its indexes on victim_id serve these lookups
-- already; this step changes nothing here and keeps the two engines' steps in one numbering.
SELECT 1;
