-- Certification applications (R-ELIG-1..3) and their documents.
CREATE TABLE certification_application (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    applicant_id         BIGINT        NOT NULL,
    track                ENUM('CPS', 'PPS') NOT NULL,
    status               ENUM('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DEFICIENT', 'ELIGIBLE', 'DENIED', 'WITHDRAWN') NOT NULL,
    legal_first_name     VARCHAR(100)  NOT NULL,
    legal_last_name      VARCHAR(100)  NOT NULL,
    other_names          VARCHAR(300)  NULL,
    date_of_birth        DATE          NULL,
    address_line         VARCHAR(200)  NULL,
    city                 VARCHAR(100)  NULL,
    state_code           VARCHAR(2)    NULL,
    postal_code          VARCHAR(10)   NULL,
    phone                VARCHAR(30)   NULL,
    lived_experience     BOOLEAN       NOT NULL DEFAULT FALSE,
    recovery_statement   VARCHAR(4000) NULL,
    signature_name       VARCHAR(200)  NULL,
    signed_on            DATE          NULL,
    attestation_version  VARCHAR(20)   NULL,
    attestation_text     VARCHAR(2000) NULL,
    assignee             VARCHAR(254)  NULL,
    decision_reason      VARCHAR(2000) NULL,
    reopened_parts       VARCHAR(60)   NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    submitted_at         DATETIME(6)  NULL,
    decided_at           DATETIME(6)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_application_applicant FOREIGN KEY (applicant_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_application_applicant ON certification_application (applicant_id, status);
CREATE INDEX ix_application_queue ON certification_application (status, submitted_at, id);
CREATE INDEX ix_application_name ON certification_application (legal_last_name, legal_first_name);

CREATE TABLE application_document (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    application_id  BIGINT        NOT NULL,
    kind            ENUM('DIPLOMA', 'GED', 'OTHER') NOT NULL,
    original_name   VARCHAR(255)  NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    storage_key     CHAR(36)      NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    review          ENUM('PENDING', 'ACCEPTED', 'REJECTED') NOT NULL,
    review_reason   VARCHAR(1000) NULL,
    reviewed_by     VARCHAR(254)  NULL,
    reviewed_at     DATETIME(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_application_document_storage UNIQUE (storage_key),
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_document_application ON application_document (application_id, uploaded_at);
