-- R-TRN-2: the written test. An item bank of four-option multiple-choice items, each in one of the four
-- performance domains; items are retired, never deleted once a sitting used them (the foreign key from
-- exam_sitting_item holds them). A sitting is online (server-timed) or a paper test staff recorded.

CREATE TABLE exam_item (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    domain          ENUM('ADVOCACY', 'PROFESSIONAL_RESPONSIBILITY', 'MENTORING', 'RECOVERY_SUPPORT') NOT NULL,
    stem            VARCHAR(1000)  NOT NULL,
    option_1        VARCHAR(300)   NOT NULL,
    option_2        VARCHAR(300)   NOT NULL,
    option_3        VARCHAR(300)   NOT NULL,
    option_4        VARCHAR(300)   NOT NULL,
    correct_option  TINYINT        NOT NULL,
    created_by      VARCHAR(254)   NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    retired_by      VARCHAR(254)   NULL,
    retired_at      DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_exam_item_correct CHECK (correct_option BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_exam_item_domain ON exam_item (retired_at, domain);

CREATE TABLE exam_sitting (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    applicant_id    BIGINT         NOT NULL,
    attempt_no      INT            NOT NULL,
    mode            ENUM('ONLINE', 'PAPER') NOT NULL,
    sat_on          DATE           NOT NULL,
    started_at      DATETIME(6)    NOT NULL,
    deadline        DATETIME(6)    NULL,
    finished_at     DATETIME(6)    NULL,
    -- the applicant's id while the sitting is open, NULL once finished: one open sitting per person
    open_for        BIGINT         NULL,
    pass_mark       DECIMAL(5, 2)  NOT NULL,
    items_correct   INT            NULL,
    items_total     INT            NULL,
    passed          BOOLEAN        NULL,
    recorded_by     VARCHAR(254)   NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_sitting_attempt UNIQUE (applicant_id, attempt_no),
    CONSTRAINT uk_exam_sitting_open UNIQUE (open_for),
    CONSTRAINT fk_exam_sitting_applicant FOREIGN KEY (applicant_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_exam_sitting_deadline ON exam_sitting (finished_at, deadline);

CREATE TABLE exam_sitting_item (
    sitting_id      BIGINT         NOT NULL,
    position        INT            NOT NULL,
    item_id         BIGINT         NOT NULL,
    -- the options in the order this person sees them, as option numbers: '3142'
    option_order    CHAR(4)        NOT NULL,
    chosen_option   TINYINT        NULL,
    answered_at     DATETIME(6)    NULL,
    PRIMARY KEY (sitting_id, position),
    CONSTRAINT fk_sitting_item_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id),
    CONSTRAINT fk_sitting_item_item FOREIGN KEY (item_id) REFERENCES exam_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE exam_domain_score (
    sitting_id      BIGINT         NOT NULL,
    domain          ENUM('ADVOCACY', 'PROFESSIONAL_RESPONSIBILITY', 'MENTORING', 'RECOVERY_SUPPORT') NOT NULL,
    correct         INT            NOT NULL,
    total           INT            NOT NULL,
    PRIMARY KEY (sitting_id, domain),
    CONSTRAINT fk_domain_score_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- R-TRN-1 leftover: attendance rows name a person; make the database hold that too.
ALTER TABLE module_attendance ADD CONSTRAINT fk_attendance_applicant FOREIGN KEY (applicant_id) REFERENCES user_account (id);
