-- R-TRN-1: a cohort's sessions, the days and times it meets and the modules planned for each, as the
-- trainer schedules them and the people seated see them.
CREATE TABLE cohort_session (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    cohort_id   BIGINT        NOT NULL,
    meets_on    DATE          NOT NULL,
    starts_at   TIME          NOT NULL,
    ends_at     TIME          NOT NULL,
    topics      VARCHAR(500)  NULL,
    created_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_session_cohort ON cohort_session (cohort_id, meets_on, starts_at);
