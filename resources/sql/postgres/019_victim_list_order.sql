-- Reper schema, version 19, for PostgreSQL 15: the victims list's order in one index.
-- The list reads its page as `ORDER BY v.code DESC, v.id DESC` (RecordListQuery, the list's first
-- column) under the policy's `center_id = ANY (…)`. Without an index in that order every page past
-- the first sorted the rows the user may see: the page at 195,000 of 390,000 victims took 585 ms.
-- This index gives the order and carries center_id, so the policy's check and the ranking of the
-- ids the OFFSET skips are an index-only scan (once vacuum has set the visibility map, which
-- autovacuum does after a large insert): 30–40 ms (docs/benchmarks.md, "The list of 400,000
-- victims"). The unique index on code alone cannot: its order is not (code, id) to the planner,
-- and it does not carry the centre.
CREATE INDEX ix_victim_list ON victim(code, id) INCLUDE (center_id);
