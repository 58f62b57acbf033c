-- Issue #22: two-step sign-in. An account's authenticator secret (confirmed once a first code is right), the last
-- 30-second step whose code was used (a code works once), its hashed single-use recovery codes, and the wrong codes
-- of the second step, which has its own throttle.
CREATE TABLE two_step_secret (
    account_id      BIGINT        NOT NULL PRIMARY KEY,
    secret          VARBINARY(64) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    confirmed_at    DATETIME(6),
    last_used_step  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_two_step_secret_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE two_step_recovery_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT fk_two_step_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    INDEX ix_two_step_recovery_code_account (account_id, code_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE two_step_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    failed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_two_step_failure_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    INDEX ix_two_step_failure_account (account_id, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
