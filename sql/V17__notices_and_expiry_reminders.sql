-- What the portal tells a person, kept for their Notifications page. A reminder's dedupe_key (certificate, cycle, offset)
-- is unique here and in mail_outbox, which is what makes "each reminder once" hold even if the scan runs twice or on
-- two nodes at the same time.
CREATE TABLE notice (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id  BIGINT         NOT NULL,
    subject       VARCHAR(300)   NOT NULL,
    body          VARCHAR(8000)  NOT NULL,
    dedupe_key    VARCHAR(200)   NULL,
    created_at    DATETIME(6)    NOT NULL,
    read_at       DATETIME(6)    NULL,
    CONSTRAINT uk_notice_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notice_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id),
    INDEX ix_notice_recipient (recipient_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
