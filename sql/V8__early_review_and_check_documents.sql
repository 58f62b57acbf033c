-- R-BG-1: an applicant may ask for an early, advisory review of their criminal history before training;
-- staff answer on the application. A background check may carry its supporting document (staff only).

CREATE TABLE early_review (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    application_id  BIGINT        NOT NULL,
    disclosure      VARCHAR(4000) NOT NULL,
    requested_by    VARCHAR(254)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    advice          ENUM('NO_BAR_EXPECTED', 'MAY_BAR', 'LIKELY_BAR') NULL,
    advice_reason   VARCHAR(2000) NULL,
    answered_by     VARCHAR(254)  NULL,
    answered_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_early_review_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_early_review_application ON early_review (application_id, requested_at);
CREATE INDEX ix_early_review_open ON early_review (answered_at, requested_at);

ALTER TABLE application_document MODIFY kind ENUM('DIPLOMA', 'GED', 'OTHER', 'BACKGROUND_CHECK') NOT NULL;

ALTER TABLE background_check ADD COLUMN document_id BIGINT NULL;
ALTER TABLE background_check ADD CONSTRAINT fk_background_check_document FOREIGN KEY (document_id) REFERENCES application_document (id);
