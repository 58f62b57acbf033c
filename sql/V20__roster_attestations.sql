-- Issue 9: a roster attestation, a dated record of each rostered person's billing verdict that anyone holding its
-- code can check on /verify. What it said is kept as it was (people as JSON), whatever happens to the roster later.
CREATE TABLE roster_attestation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            CHAR(12)      NOT NULL,
    agency_id       BIGINT        NOT NULL,
    agency_name     VARCHAR(200)  NOT NULL,
    agency_npi      CHAR(10)      NOT NULL,
    as_of           DATE          NOT NULL,
    made_by         VARCHAR(254)  NOT NULL,
    made_at         DATETIME(6)   NOT NULL,
    people_count    INT           NOT NULL,
    eligible_count  INT           NOT NULL,
    people          MEDIUMTEXT    NOT NULL,
    CONSTRAINT uk_attestation_code UNIQUE (code),
    CONSTRAINT fk_attestation_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_attestation_agency (agency_id, made_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
