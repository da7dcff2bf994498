-- Reper schema, version 4: indexes for the window's lists (docs/window.md). Each list opens on its
-- newest records (ORDER BY its date DESC LIMIT n), which an index on that date serves without
-- sorting the table; the prevention list's search by county name looks counties up by code.
-- Written for SQLite 3.15 (SQLCipher 3.4.1); IF NOT EXISTS, so the step can run after any other.
CREATE INDEX IF NOT EXISTS ix_assist_start ON assistance(start_date);
CREATE INDEX IF NOT EXISTS ix_assist_center_start ON assistance(center_id, start_date);
CREATE INDEX IF NOT EXISTS ix_repat_request ON repatriation(request_date);
CREATE INDEX IF NOT EXISTS ix_campaign_start ON campaign(start_date);
CREATE INDEX IF NOT EXISTS ix_project_start ON funded_project(start_date);
CREATE INDEX IF NOT EXISTS ix_prev_county ON prevention_activity(county, date);
