-- A resubmitted application keeps its first submission time (submitted_at: its place in the queue) and records
-- the latest resubmission, from which the decision clock runs again.
ALTER TABLE certification_application ADD COLUMN resubmitted_at DATETIME(6) NULL AFTER submitted_at;
