-- R-TRN-1: an eligible applicant asks for a seat in a cohort; the trainer accepts (a seat, or the waiting
-- list when full) or declines it.
ALTER TABLE cohort_enrolment MODIFY status ENUM('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'REQUESTED', 'DECLINED') NOT NULL;
ALTER TABLE cohort_enrolment ADD COLUMN decided_by VARCHAR(254) NULL;
ALTER TABLE cohort_enrolment ADD COLUMN decided_at DATETIME(6) NULL;

-- R-TRN-1: a cohort may have co-trainers besides its lead trainer; they see and record it like the lead.
CREATE TABLE cohort_trainer (
    cohort_id   BIGINT        NOT NULL,
    trainer_id  BIGINT        NOT NULL,
    added_by    VARCHAR(254)  NOT NULL,
    added_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (cohort_id, trainer_id),
    CONSTRAINT fk_cohort_trainer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_trainer_trainer FOREIGN KEY (trainer_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_cohort_trainer_trainer ON cohort_trainer (trainer_id);
