-- The three background checks of R-BG-1, their results and expiry (R-BG-2), and their adjudication.
CREATE TABLE background_check (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    application_id       BIGINT        NOT NULL,
    kind                 ENUM('CRIMINAL_HISTORY', 'ABUSE_NEGLECT_REGISTRY', 'PROFESSIONAL_BACKGROUND') NOT NULL,
    result               ENUM('CLEAR', 'NEEDS_REVIEW', 'DISQUALIFYING') NOT NULL,
    performed_on         DATE          NOT NULL,
    expires_on           DATE          NOT NULL,
    source               VARCHAR(200)  NOT NULL,
    reference_number     VARCHAR(100)  NOT NULL,
    notes                VARCHAR(2000) NULL,
    recorded_by          VARCHAR(254)  NOT NULL,
    recorded_at          DATETIME(6)   NOT NULL,
    adjudication         ENUM('CLEARED', 'DISQUALIFIED') NULL,
    adjudication_reason  VARCHAR(2000) NULL,
    adjudicated_by       VARCHAR(254)  NULL,
    adjudicated_at       DATETIME(6)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_background_check_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_background_check_application ON background_check (application_id, kind, performed_on);
CREATE INDEX ix_background_check_expiry ON background_check (expires_on);
