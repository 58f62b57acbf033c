-- R-TRN-3: certificates. One per application; the holder's legal name is the certificate's own record of it.
-- The *_key columns hold the name folded for search (lower case, no accents), so /verify's name search uses the index.
CREATE TABLE certificate (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number             VARCHAR(40)   NOT NULL,
    application_id     BIGINT        NOT NULL,
    holder_id          BIGINT        NOT NULL,
    track              ENUM('CPS', 'PPS') NOT NULL,
    legal_first_name   VARCHAR(100)  NOT NULL,
    legal_last_name    VARCHAR(100)  NOT NULL,
    first_name_key     VARCHAR(100)  NOT NULL,
    last_name_key      VARCHAR(100)  NOT NULL,
    city_key           VARCHAR(100),
    issued_on          DATE          NOT NULL,
    expires_on         DATE          NOT NULL,
    status             ENUM('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'INACTIVE') NOT NULL,
    status_reason      VARCHAR(2000),
    suspended_until    DATE,
    public_note        VARCHAR(500),
    status_changed_at  DATETIME(6)   NOT NULL,
    issued_by          VARCHAR(254)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_certificate_number UNIQUE (number),
    CONSTRAINT uk_certificate_application UNIQUE (application_id),
    CONSTRAINT fk_certificate_application FOREIGN KEY (application_id) REFERENCES certification_application (id),
    CONSTRAINT fk_certificate_holder FOREIGN KEY (holder_id) REFERENCES user_account (id),
    INDEX ix_certificate_name (last_name_key, first_name_key),
    INDEX ix_certificate_holder (holder_id),
    INDEX ix_certificate_status_expiry (status, expires_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Gapless numbering: one row per number scope (the pattern with its sequence left out, e.g. "PS-CPS-2026-").
-- Issuing locks the scope's row and raises it in the issuing transaction, so a rolled-back issue leaves no gap.
CREATE TABLE certificate_number_scope (
    scope       VARCHAR(60)  NOT NULL PRIMARY KEY,
    last_value  BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
