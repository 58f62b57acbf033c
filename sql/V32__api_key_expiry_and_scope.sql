-- #32: an agency API key may end on a day its administrator chooses (the last day it works, UTC) and may be read-only:
-- it may look certificates up and list checks, but not record a check.
ALTER TABLE agency_api_key ADD COLUMN expires_on DATE NULL, ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;
