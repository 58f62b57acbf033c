-- Issue #11: the staff work queue finds applications by the start of a name through an index, instead of reading
-- every application. The keys are NameKeys' (letters A-Z, accents folded); the portal fills them for rows that
-- predate this change when it starts (ApplicationNameKeys). Oldest- and newest-first queue pages read
-- (submitted_at, id) in order and stop after a page.
ALTER TABLE certification_application ADD COLUMN first_name_key VARCHAR(100) NULL;
ALTER TABLE certification_application ADD COLUMN last_name_key VARCHAR(100) NULL;
CREATE INDEX ix_application_last_name_key ON certification_application (last_name_key);
CREATE INDEX ix_application_first_name_key ON certification_application (first_name_key);
CREATE INDEX ix_application_submitted ON certification_application (submitted_at, id);
