-- #25, R-TRN-1: the day a person's basic training was complete, kept when the trainer confirms a cohort's results, so the
-- pipeline report can count and time the "trained" stage without recomputing every person's attendance. The cohort is
-- the one whose confirmation completed the curriculum (a make-up cohort, for someone who made up a module).
CREATE TABLE training_completion (
    applicant_id  BIGINT       NOT NULL PRIMARY KEY,
    cohort_id     BIGINT       NOT NULL,
    completed_on  DATE         NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_training_completion_applicant FOREIGN KEY (applicant_id) REFERENCES user_account (id),
    CONSTRAINT fk_training_completion_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    INDEX ix_training_completion_cohort (cohort_id),
    INDEX ix_training_completion_day (completed_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Cohorts confirmed before this change: a person completed at the earliest confirmed cohort they were seated in by whose
-- end every module of that cohort's curriculum was attended in full, counting attendance (by module title) in every
-- confirmed cohort that had ended by then, as CompletionService counts it.
INSERT INTO training_completion (applicant_id, cohort_id, completed_on, recorded_at)
SELECT done.applicant_id, done.cohort_id, done.ends_on, NOW(6)
FROM (
    SELECT e.applicant_id, c.id AS cohort_id, c.ends_on,
           ROW_NUMBER() OVER (PARTITION BY e.applicant_id ORDER BY c.ends_on, c.id) AS nth
    FROM cohort_enrolment e
    JOIN cohort c ON c.id = e.cohort_id AND c.results_confirmed_at IS NOT NULL
    WHERE e.status = 'ENROLLED'
      AND NOT EXISTS (
        SELECT 1 FROM curriculum_module m
        WHERE m.version_id = c.version_id
          AND m.minutes > (
            SELECT COALESCE(SUM(a.minutes), 0)
            FROM module_attendance a
            JOIN curriculum_module am ON am.id = a.module_id
            JOIN cohort c2 ON c2.id = a.cohort_id AND c2.results_confirmed_at IS NOT NULL AND c2.ends_on <= c.ends_on
            WHERE a.applicant_id = e.applicant_id AND LOWER(TRIM(am.title)) = LOWER(TRIM(m.title))))
) done
WHERE done.nth = 1;
