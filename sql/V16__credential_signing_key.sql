-- The portal's key for signing verifiable credentials, when none is configured (PEERCERT_CREDENTIAL_SIGNING_KEY):
-- generated on the first start and kept here, so credentials stay verifiable across restarts. One row, id 1.
CREATE TABLE credential_signing_key (
    id          INT            NOT NULL PRIMARY KEY,
    jwk         VARCHAR(2000)  NOT NULL,
    created_at  DATETIME(6)    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
