-- Accounts, roles, single-use tokens (email verification, password reset, invitation) and sign-in failures.
CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    date_of_birth   DATE         NULL,
    password_hash   VARCHAR(255) NULL,
    status          ENUM('PENDING_VERIFICATION', 'INVITED', 'ACTIVE', 'DISABLED') NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    verified_at     DATETIME(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    ENUM('APPLICANT', 'TRAINER', 'STAFF', 'SUPERVISOR', 'AGENCY_ADMIN', 'NETWORK_STAFF', 'COMMITTEE_MEMBER', 'ADMIN') NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Only the SHA-256 of a token is stored: a leaked table grants nothing.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    purpose     ENUM('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITATION') NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_account_token_user ON account_token (user_id, purpose);

-- Failed sign-ins by the email typed, whether or not an account has it (throttling must not reveal accounts).
CREATE TABLE sign_in_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    email       VARCHAR(254) NOT NULL,
    failed_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sign_in_failure_email ON sign_in_failure (email, failed_at);
