-- R-TRN-1: a trainer confirms a cohort's results (each person is told where they stand), and a person
-- may leave a cohort, giving their seat to the first on the waiting list.
ALTER TABLE cohort ADD COLUMN results_confirmed_at DATETIME(6) NULL;
ALTER TABLE cohort ADD COLUMN results_confirmed_by VARCHAR(254) NULL;
ALTER TABLE cohort_enrolment MODIFY status ENUM('ENROLLED', 'WAITLISTED', 'WITHDRAWN') NOT NULL;
