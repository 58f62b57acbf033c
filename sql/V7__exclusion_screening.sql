-- R-BG-3: imports of the HHS-OIG List of Excluded Individuals/Entities (LEIE), the rows of the list in force,
-- the lines each import rejected, the screening runs and the matches staff review.

CREATE TABLE exclusion_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    file_name       VARCHAR(255)  NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    -- the hash again while the import counts (pending, running, in force, superseded, refused); cleared when it failed,
    -- so the same file may be tried again: the unique key makes importing one file twice impossible, even on two nodes
    sha256_claim    CHAR(64)      NULL,
    size_bytes      BIGINT        NOT NULL,
    charset         VARCHAR(40)   NULL,
    origin          ENUM('UPLOAD', 'FOLDER') NOT NULL,
    stored_as       VARCHAR(100)  NOT NULL,
    status          ENUM('PENDING', 'RUNNING', 'ACTIVE', 'SUPERSEDED', 'REFUSED', 'FAILED') NOT NULL,
    problem         VARCHAR(500)  NULL,
    rows_read       INT           NOT NULL DEFAULT 0,
    rows_accepted   INT           NOT NULL DEFAULT 0,
    rows_rejected   INT           NOT NULL DEFAULT 0,
    requested_by    VARCHAR(254)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    started_at      DATETIME(6)   NULL,
    finished_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exclusion_import_claim UNIQUE (sha256_claim)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_exclusion_import_status ON exclusion_import (status, requested_at);

CREATE TABLE exclusion_import_reject (
    import_id    BIGINT        NOT NULL,
    line_number  BIGINT        NOT NULL,
    reason       VARCHAR(300)  NOT NULL,
    PRIMARY KEY (import_id, line_number),
    CONSTRAINT fk_reject_import FOREIGN KEY (import_id) REFERENCES exclusion_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Only the import in force keeps its rows; a match keeps its own copy of the row it was raised on.
CREATE TABLE exclusion_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    import_id       BIGINT        NOT NULL,
    line_number     BIGINT        NOT NULL,
    row_key         CHAR(64)      NOT NULL,
    last_name       VARCHAR(100)  NULL,
    first_name      VARCHAR(100)  NULL,
    middle_name     VARCHAR(100)  NULL,
    business_name   VARCHAR(200)  NULL,
    general_type    VARCHAR(100)  NULL,
    specialty       VARCHAR(100)  NULL,
    npi             VARCHAR(10)   NULL,
    date_of_birth   DATE          NULL,
    address         VARCHAR(200)  NULL,
    city            VARCHAR(100)  NULL,
    state_code      VARCHAR(2)    NULL,
    zip             VARCHAR(10)   NULL,
    exclusion_type  VARCHAR(20)   NOT NULL,
    excluded_on     DATE          NOT NULL,
    reinstated_on   DATE          NULL,
    waiver_on       DATE          NULL,
    waiver_state    VARCHAR(2)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exclusion_entry_row UNIQUE (import_id, row_key),
    CONSTRAINT fk_entry_import FOREIGN KEY (import_id) REFERENCES exclusion_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE screening_run (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    trigger_kind       ENUM('SUBMISSION', 'IMPORT', 'MONTHLY') NOT NULL,
    import_id          BIGINT       NOT NULL,
    started_at         DATETIME(6)  NOT NULL,
    finished_at        DATETIME(6)  NOT NULL,
    subjects_screened  INT          NOT NULL,
    matches_raised     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_run_import FOREIGN KEY (import_id) REFERENCES exclusion_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_screening_run_finished ON screening_run (finished_at);

-- One row per person and list row, ever: a dismissed match is never raised again for the same list row.
CREATE TABLE exclusion_match (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    applicant_id      BIGINT        NOT NULL,
    application_id    BIGINT        NOT NULL,
    row_key           CHAR(64)      NOT NULL,
    strength          ENUM('PROBABLE', 'POSSIBLE') NOT NULL,
    status            ENUM('OPEN', 'CONFIRMED', 'DISMISSED') NOT NULL,
    trigger_kind      ENUM('SUBMISSION', 'IMPORT', 'MONTHLY') NOT NULL,
    import_id         BIGINT        NOT NULL,
    subject_name      VARCHAR(200)  NOT NULL,
    subject_birth     DATE          NULL,
    listed_name       VARCHAR(300)  NOT NULL,
    listed_birth      DATE          NULL,
    listed_npi        VARCHAR(10)   NULL,
    listed_place      VARCHAR(300)  NULL,
    listed_specialty  VARCHAR(100)  NULL,
    exclusion_type    VARCHAR(20)   NOT NULL,
    excluded_on       DATE          NOT NULL,
    raised_at         DATETIME(6)   NOT NULL,
    decided_by        VARCHAR(254)  NULL,
    decided_at        DATETIME(6)   NULL,
    decision_reason   VARCHAR(2000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exclusion_match_person_row UNIQUE (applicant_id, row_key),
    CONSTRAINT fk_match_application FOREIGN KEY (application_id) REFERENCES certification_application (id),
    CONSTRAINT fk_match_import FOREIGN KEY (import_id) REFERENCES exclusion_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_exclusion_match_queue ON exclusion_match (status, raised_at);
CREATE INDEX ix_exclusion_match_applicant ON exclusion_match (applicant_id, status);
