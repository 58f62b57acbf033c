-- Issue 9: agencies and their administrators, rosters, the billing rule table and its checks (R-SVC-1..6,
-- R-ELIG-4), agency API keys, and supervision (R-SUP-1).

-- An agency registered by one of its administrators; staff verify it. network_approved_from is set when a payer's
-- credentialing committee approves it (R-NET-3); until then services that need network approval are refused.
CREATE TABLE agency (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    legal_name             VARCHAR(200)  NOT NULL,
    npi                    CHAR(10)      NOT NULL,
    medicaid_id            VARCHAR(20)   NOT NULL,
    street                 VARCHAR(200)  NOT NULL,
    city                   VARCHAR(100)  NOT NULL,
    state                  CHAR(2)       NOT NULL,
    postal_code            VARCHAR(10)   NOT NULL,
    contact_name           VARCHAR(200)  NOT NULL,
    contact_email          VARCHAR(254)  NOT NULL,
    contact_phone          VARCHAR(30)   NOT NULL,
    status                 ENUM('PENDING', 'VERIFIED', 'REJECTED') NOT NULL,
    status_reason          VARCHAR(1000) NULL,
    network_approved_from  DATE          NULL,
    daily_digest           BOOLEAN       NOT NULL DEFAULT FALSE,
    registered_by          VARCHAR(254)  NOT NULL,
    registered_at          DATETIME(6)   NOT NULL,
    decided_by             VARCHAR(254)  NULL,
    decided_at             DATETIME(6)   NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_agency_npi UNIQUE (npi),
    INDEX ix_agency_status (status, registered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE agency_admin (
    agency_id  BIGINT  NOT NULL,
    user_id    BIGINT  NOT NULL,
    PRIMARY KEY (agency_id, user_id),
    CONSTRAINT fk_agency_admin_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_admin_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_agency_admin_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A peer specialist on an agency's roster, added by certificate number, last name and date of birth together.
CREATE TABLE roster_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    certificate_id  BIGINT        NOT NULL,
    added_by        VARCHAR(254)  NOT NULL,
    added_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_roster_entry UNIQUE (agency_id, certificate_id),
    CONSTRAINT fk_roster_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_roster_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    INDEX ix_roster_certificate (certificate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- R-SVC-1..5: the rule table, by state or payer; an administrator edits it. Modifier lists are upper case,
-- sorted, space-separated ('' for none). Limits that do not apply are NULL.
CREATE TABLE service_rule (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jurisdiction                VARCHAR(20)   NOT NULL,
    code                        VARCHAR(10)   NOT NULL,
    required_modifiers          VARCHAR(40)   NOT NULL,
    allowed_modifiers           VARCHAR(60)   NOT NULL,
    track                       ENUM('CPS', 'PPS') NOT NULL,
    group_service               BOOLEAN       NOT NULL,
    max_units_per_day           INT           NULL,
    max_group_size              INT           NULL,
    annual_group_hours          INT           NULL,
    initial_auth_units          INT           NULL,
    initial_auth_days           INT           NULL,
    rate_per_unit               DECIMAL(8,2)  NULL,
    network_approval_required   BOOLEAN       NOT NULL,
    description                 VARCHAR(200)  NOT NULL,
    active                      BOOLEAN       NOT NULL DEFAULT TRUE,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_rule UNIQUE (jurisdiction, code, required_modifiers, track)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Seeded from the seeds: Kansas (000, 003), California (001), North Carolina (002), Optum Idaho (004).
INSERT INTO service_rule (jurisdiction, code, required_modifiers, allowed_modifiers, track, group_service, max_units_per_day,
        max_group_size, annual_group_hours, initial_auth_units, initial_auth_days, rate_per_unit, network_approval_required, description) VALUES
 ('KS', 'H0038', '',   'GT HS KX', 'CPS', FALSE, NULL, NULL, NULL, NULL, NULL, 11.75, FALSE, 'Peer support, individual, per 15 minutes'),
 ('KS', 'H0038', 'HQ', 'GT HS KX', 'CPS', TRUE,  NULL, 8,    750,  NULL, NULL, 4.37,  FALSE, 'Peer support, group, per 15 minutes'),
 ('KS', 'H0038', '',   'GT HS KX', 'PPS', FALSE, NULL, NULL, NULL, NULL, NULL, 11.75, FALSE, 'Parent Peer Support, individual, per 15 minutes'),
 ('KS', 'H0038', 'HQ', 'GT HS KX', 'PPS', TRUE,  NULL, 8,    750,  NULL, NULL, 4.37,  FALSE, 'Parent Peer Support, group, per 15 minutes'),
 ('CA', 'H0038', '',   'HK SC',    'CPS', FALSE, 96,   NULL, NULL, NULL, NULL, NULL,  FALSE, 'Self-help/peer services, per 15 minutes'),
 ('CA', 'H0025', '',   'HK SC',    'CPS', TRUE,  96,   8,    750,  NULL, NULL, NULL,  FALSE, 'Group peer support (behavioral health prevention education); rate divided by 4.5'),
 ('NC', 'H0038', '',   'GT KX',    'CPS', FALSE, NULL, NULL, NULL, NULL, NULL, NULL,  FALSE, 'Peer support, individual'),
 ('NC', 'H0038', 'HQ', 'GT KX',    'CPS', TRUE,  NULL, 8,    750,  NULL, NULL, NULL,  FALSE, 'Peer support, group'),
 ('ID', 'H0038', '',   '',         'CPS', FALSE, NULL, NULL, NULL, 16,   30,   NULL,  TRUE,  'Peer support (Optum Idaho network)'),
 ('ID', 'H2015', '',   '',         'CPS', FALSE, NULL, NULL, NULL, 32,   30,   NULL,  TRUE,  'Community transition support (Optum Idaho network)'),
 ('ID', 'H0031', '',   '',         'CPS', FALSE, NULL, NULL, NULL, NULL, NULL, NULL,  TRUE,  'Behavioral health assessment by a paraprofessional'),
 ('ID', 'H0032', '',   '',         'CPS', FALSE, NULL, NULL, NULL, NULL, NULL, NULL,  TRUE,  'Treatment plan by a paraprofessional');

-- Every billing-eligibility check with its inputs and answer, whether asked in the portal or through the API.
CREATE TABLE eligibility_check (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id               BIGINT         NOT NULL,
    certificate_number      VARCHAR(40)    NOT NULL,
    rule_id                 BIGINT         NOT NULL,
    service_date            DATE           NOT NULL,
    code                    VARCHAR(10)    NOT NULL,
    modifiers               VARCHAR(40)    NOT NULL,
    units                   INT            NOT NULL,
    group_size              INT            NULL,
    inputs                  VARCHAR(2000)  NOT NULL,
    eligible                BOOLEAN        NOT NULL,
    findings                TEXT           NOT NULL,
    expected_reimbursement  DECIMAL(10,2)  NULL,
    asked_by                VARCHAR(254)   NOT NULL,
    asked_at                DATETIME(6)    NOT NULL,
    CONSTRAINT fk_check_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_check_rule FOREIGN KEY (rule_id) REFERENCES service_rule (id),
    INDEX ix_check_agency (agency_id, asked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An agency's key for its own systems: only a SHA-256 of the secret is kept (the key is random, 256 bits).
CREATE TABLE agency_api_key (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    prefix        CHAR(8)       NOT NULL,
    secret_hash   CHAR(64)      NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    revoked_at    DATETIME(6)   NULL,
    last_used_at  DATETIME(6)   NULL,
    CONSTRAINT uk_api_key_prefix UNIQUE (prefix),
    CONSTRAINT fk_api_key_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- R-SUP-1: a supervisor's qualification; staff verify it. An LMHP's license lapses on its expiry date.
CREATE TABLE supervisor_qualification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id             BIGINT        NOT NULL,
    kind                ENUM('PEER_SUPPORT_SUPERVISOR', 'QMHP', 'LMHP') NOT NULL,
    license_number      VARCHAR(40)   NULL,
    license_state       CHAR(2)       NULL,
    license_expires_on  DATE          NULL,
    status              ENUM('PENDING', 'VERIFIED', 'REJECTED', 'LAPSED') NOT NULL,
    status_reason       VARCHAR(1000) NULL,
    submitted_at        DATETIME(6)   NOT NULL,
    decided_by          VARCHAR(254)  NULL,
    decided_at          DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_qualification UNIQUE (user_id, kind),
    CONSTRAINT fk_qualification_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_qualification_status (status, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An agency assigns a rostered peer specialist a peer support supervisor and a clinical one; the supervisor accepts.
CREATE TABLE supervision_assignment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    certificate_id  BIGINT        NOT NULL,
    supervisor_id   BIGINT        NOT NULL,
    role            ENUM('PEER', 'CLINICAL') NOT NULL,
    status          ENUM('PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED') NOT NULL,
    assigned_by     VARCHAR(254)  NOT NULL,
    assigned_at     DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    ended_at        DATETIME(6)   NULL,
    end_reason      VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_assignment_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_assignment_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_assignment_supervisor FOREIGN KEY (supervisor_id) REFERENCES user_account (id),
    INDEX ix_assignment_person (agency_id, certificate_id, status),
    INDEX ix_assignment_supervisor (supervisor_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Supervision sessions as the supervisor logs them: no clinical notes (R-SUP-2), only when, how long, how, and topics.
CREATE TABLE supervision_session (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id  BIGINT        NOT NULL,
    held_on        DATE          NOT NULL,
    minutes        INT           NOT NULL,
    format         ENUM('INDIVIDUAL', 'GROUP') NOT NULL,
    topics         VARCHAR(500)  NOT NULL,
    logged_by      VARCHAR(254)  NOT NULL,
    logged_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_session_assignment FOREIGN KEY (assignment_id) REFERENCES supervision_assignment (id),
    INDEX ix_session_assignment (assignment_id, held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
