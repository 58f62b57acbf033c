-- Every message is written here first, in the same transaction as the change it reports,
-- then delivered by a background job with retries (or captured locally on the embedded default).
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    dedupe_key       VARCHAR(200)  NULL,
    status           ENUM('PENDING', 'SENT', 'CAPTURED', 'FAILED') NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    next_attempt_at  DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6)  NULL,
    last_error       VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_outbox_dedupe UNIQUE (dedupe_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient, created_at);
