-- #27 key rotation: the public part of every key the portal has signed credentials with, recorded when a node first
-- signs with it. A credential signed before PEERCERT_CREDENTIAL_SIGNING_KEY changed still verifies against its key,
-- and /.well-known/jwks.json lists them all. Public keys only; the private key never leaves configuration (or, on the
-- embedded default, credential_signing_key).
CREATE TABLE credential_public_key (
    kid            VARCHAR(64)    NOT NULL PRIMARY KEY,
    jwk            VARCHAR(1000)  NOT NULL,
    first_used_at  DATETIME(6)    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
