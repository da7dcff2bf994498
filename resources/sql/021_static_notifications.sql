-- Reper schema, version 21: nothing changes in the local file. The step rewrites the server's
-- change notifications without dynamic SQL (postgres/021_static_notifications.sql); the two engines
-- keep one numbering of their schema, and the local file sends no notifications. Written for
-- SQLite 3.15 (SQLCipher 3.4.1).
SELECT 1;
