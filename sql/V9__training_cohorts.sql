-- R-TRN-1: the standardized basic training as data (versioned curriculum and its modules), cohorts run by
-- trainers, enrolments with a waiting list, and attendance per person and module (partial attendance in minutes).

CREATE TABLE curriculum_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    label       VARCHAR(100)  NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE curriculum_module (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version_id  BIGINT        NOT NULL,
    sort_order  INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    minutes     INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_curriculum_module_position UNIQUE (version_id, sort_order),
    CONSTRAINT fk_module_version FOREIGN KEY (version_id) REFERENCES curriculum_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The Appalachian Consulting Group modules of seed 004. The seed gives the 40-hour total, not each
-- module's hours: two hours each, the two short introductions one hour. Administrators change it by a new version.
INSERT INTO curriculum_version (label, created_by, created_at)
    VALUES ('Appalachian Consulting Group basic training, 2026', 'system', '2026-01-01 00:00:00');
INSERT INTO curriculum_module (version_id, sort_order, title, minutes) VALUES
    (1, 1, 'Five Stages in the Recovery Process: Overview, Dangers, Interventions', 120),
    (1, 2, 'Facing One''s Fears', 120),
    (1, 3, 'Using Your Recovery Story as a Recovery Tool', 120),
    (1, 4, 'Problem Solving with Individuals', 120),
    (1, 5, 'The Role of Peer Support in the Recovery Process', 120),
    (1, 6, 'Combating Negative Self-Talk', 120),
    (1, 7, 'Facilitating Recovery Dialogues', 120),
    (1, 8, 'Using Support Groups to Promote and Sustain Recovery', 120),
    (1, 9, 'Creating Program Environments that Promote Recovery', 120),
    (1, 10, 'Peer Specialist Ethics', 120),
    (1, 11, 'Power, Conflict and Integrity in the Workplace, part 1', 120),
    (1, 12, 'Power, Conflict and Integrity in the Workplace, part 2', 120),
    (1, 13, 'Exploring Beliefs that Promote Recovery', 120),
    (1, 14, 'Creating Relationships that Promote Recovery', 120),
    (1, 15, 'Creating the Life that One Wants', 120),
    (1, 16, 'Introduction to Trauma-informed Care', 120),
    (1, 17, 'Effective Listening and the Art of Asking Questions, part 1', 120),
    (1, 18, 'Effective Listening and the Art of Asking Questions, part 2', 120),
    (1, 19, 'Cultural Competency', 120),
    (1, 20, 'Dissatisfaction as an Avenue for Change', 60),
    (1, 21, 'Introduction to Data Collection and Documentation', 60);

CREATE TABLE cohort (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version_id  BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    delivery    ENUM('IN_PERSON', 'VIRTUAL') NOT NULL,
    location    VARCHAR(300)  NULL,
    capacity    INT           NOT NULL,
    trainer_id  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_cohort_version FOREIGN KEY (version_id) REFERENCES curriculum_version (id),
    CONSTRAINT fk_cohort_trainer FOREIGN KEY (trainer_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_cohort_trainer ON cohort (trainer_id, starts_on);

CREATE TABLE cohort_enrolment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    cohort_id       BIGINT        NOT NULL,
    applicant_id    BIGINT        NOT NULL,
    status          ENUM('ENROLLED', 'WAITLISTED') NOT NULL,
    enrolled_by     VARCHAR(254)  NOT NULL,
    enrolled_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_enrolment UNIQUE (cohort_id, applicant_id),
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrolment_applicant FOREIGN KEY (applicant_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_enrolment_applicant ON cohort_enrolment (applicant_id);

CREATE TABLE module_attendance (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    cohort_id     BIGINT        NOT NULL,
    applicant_id  BIGINT        NOT NULL,
    module_id     BIGINT        NOT NULL,
    minutes       INT           NOT NULL,
    recorded_by   VARCHAR(254)  NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attendance UNIQUE (cohort_id, applicant_id, module_id),
    CONSTRAINT fk_attendance_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_attendance_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_attendance_applicant ON module_attendance (applicant_id);
