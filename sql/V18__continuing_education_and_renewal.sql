-- R-CEU-1: continuing education. Categories are data (an administrator adds more), each with an optional minimum.
CREATE TABLE ce_category (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(60)   NOT NULL,
    minimum_hours  DECIMAL(5,1)  NOT NULL DEFAULT 0,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_ce_category_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO ce_category (name, minimum_hours, active) VALUES ('General', 0, TRUE), ('Ethics', 0, TRUE);

-- Self-logged activities start unverified; those reported by trainers and CE providers arrive verified.
CREATE TABLE ce_activity (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holder_id      BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    provider       VARCHAR(200)  NOT NULL,
    completed_on   DATE          NOT NULL,
    hours          DECIMAL(5,1)  NOT NULL,
    category_id    BIGINT        NOT NULL,
    format         ENUM('IN_PERSON', 'ONLINE') NOT NULL,
    source         ENUM('SELF', 'PROVIDER') NOT NULL,
    verified       BOOLEAN       NOT NULL,
    proof_key      VARCHAR(200)  NULL,
    proof_name     VARCHAR(200)  NULL,
    proof_type     VARCHAR(60)   NULL,
    audit_verdict  ENUM('ACCEPTED', 'REJECTED') NULL,
    audit_reason   VARCHAR(1000) NULL,
    reported_by    VARCHAR(254)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ce_activity_holder FOREIGN KEY (holder_id) REFERENCES user_account (id),
    CONSTRAINT fk_ce_activity_category FOREIGN KEY (category_id) REFERENCES ce_category (id),
    INDEX ix_ce_activity_holder (holder_id, completed_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- R-CEU-2: one renewal per certificate and cycle (the expiry date it renews); a returned one is submitted again.
CREATE TABLE renewal (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id    BIGINT         NOT NULL,
    cycle_expires_on  DATE           NOT NULL,
    status            ENUM('SUBMITTED', 'APPROVED', 'RETURNED') NOT NULL,
    audited           BOOLEAN        NOT NULL,
    attestation       VARCHAR(2000)  NOT NULL,
    submitted_at      DATETIME(6)    NOT NULL,
    decided_by        VARCHAR(254)   NULL,
    decided_at        DATETIME(6)    NULL,
    return_reason     VARCHAR(2000)  NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_renewal_cycle UNIQUE (certificate_id, cycle_expires_on),
    CONSTRAINT fk_renewal_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    INDEX ix_renewal_status (status, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
