-- Issue #26: a mail can carry files (the committee's decision letter travels with the decision mail). Kept next to
-- the outbox row it belongs to until the row goes.
CREATE TABLE mail_attachment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    outbox_id   BIGINT        NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    content     LONGBLOB      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_attachment_outbox FOREIGN KEY (outbox_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
