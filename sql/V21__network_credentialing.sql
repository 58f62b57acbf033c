-- Issue 10: payer network credentialing (R-NET-1..5). An agency's request to join a payer's network (the Network
-- Agency Request Form, the Agency Credentialing Application's attestations and the Peer Support Specialist
-- Addendum), its documents and messages, the network's audit, and the monthly credentialing committee.
CREATE TABLE network_request (
    id                       BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id                BIGINT         NOT NULL,
    payer                    VARCHAR(60)    NOT NULL,
    status                   ENUM('DRAFT', 'SUBMITTED', 'RETURNED', 'ACKNOWLEDGED', 'IN_AUDIT', 'READY', 'ON_AGENDA', 'APPROVED', 'DENIED') NOT NULL,
    services                 VARCHAR(200)   NOT NULL DEFAULT '',
    counties_served          VARCHAR(500)   NOT NULL DEFAULT '',
    group_contracts          BOOLEAN        NOT NULL DEFAULT FALSE,
    accredited               BOOLEAN        NOT NULL DEFAULT FALSE,
    accreditation_body       VARCHAR(200)   NULL,
    attests_criteria         BOOLEAN        NOT NULL DEFAULT FALSE,
    attests_certified_staff  BOOLEAN        NOT NULL DEFAULT FALSE,
    attests_supervision      BOOLEAN        NOT NULL DEFAULT FALSE,
    attests_record_keeping   BOOLEAN        NOT NULL DEFAULT FALSE,
    supervision_summary      VARCHAR(2000)  NOT NULL DEFAULT '',
    received_on              DATE           NULL,
    problems                 VARCHAR(2000)  NULL,
    decided_on               DATE           NULL,
    effective_from           DATE           NULL,
    created_by               VARCHAR(254)   NOT NULL,
    created_at               DATETIME(6)    NOT NULL,
    updated_at               DATETIME(6)    NOT NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_network_request_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_network_request_agency (agency_id, created_at),
    INDEX ix_network_request_status (status, received_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE network_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    kind          ENUM('LIABILITY_INSURANCE', 'ACCREDITATION', 'SUPERVISION_PLAN', 'RECORD_KEEPING') NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    uploaded_by   VARCHAR(254)  NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_network_document_request FOREIGN KEY (request_id) REFERENCES network_request (id),
    INDEX ix_network_document_request (request_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What the network tells the agency (a return with its problems, an acknowledgement, an audit, a decision) and back.
CREATE TABLE network_message (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT         NOT NULL,
    author        VARCHAR(254)   NOT NULL,
    from_network  BOOLEAN        NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    sent_at       DATETIME(6)    NOT NULL,
    CONSTRAINT fk_network_message_request FOREIGN KEY (request_id) REFERENCES network_request (id),
    INDEX ix_network_message_request (request_id, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One audit per request (R-NET-2); the roster's certification is counted when the findings are recorded (R-NET-4).
CREATE TABLE network_audit (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id           BIGINT         NOT NULL,
    kind                 ENUM('DESK', 'SITE') NOT NULL,
    ordered_by           VARCHAR(254)   NOT NULL,
    ordered_at           DATETIME(6)    NOT NULL,
    roster_total         INT            NULL,
    roster_certified     INT            NULL,
    supervision_plan_ok  BOOLEAN        NULL,
    record_keeping_ok    BOOLEAN        NULL,
    findings             VARCHAR(4000)  NULL,
    corrective_plan_due  DATE           NULL,
    completed_by         VARCHAR(254)   NULL,
    completed_at         DATETIME(6)    NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_network_audit_request UNIQUE (request_id),
    CONSTRAINT fk_network_audit_request FOREIGN KEY (request_id) REFERENCES network_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The monthly credentialing committee (R-NET-3): meetings, their agenda, each member's ballot and declared conflicts.
CREATE TABLE committee_meeting (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meets_on    DATE         NOT NULL,
    moved_from  DATE         NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_committee_meeting_day UNIQUE (meets_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE committee_item (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id      BIGINT         NOT NULL,
    request_id      BIGINT         NOT NULL,
    outcome         ENUM('APPROVED', 'DENIED', 'DEFERRED') NULL,
    votes_approve   INT            NULL,
    votes_deny      INT            NULL,
    votes_defer     INT            NULL,
    minutes         VARCHAR(4000)  NULL,
    recorded_by     VARCHAR(254)   NULL,
    recorded_at     DATETIME(6)    NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_committee_item UNIQUE (meeting_id, request_id),
    CONSTRAINT fk_committee_item_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id),
    CONSTRAINT fk_committee_item_request FOREIGN KEY (request_id) REFERENCES network_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE committee_ballot (
    item_id  BIGINT        NOT NULL,
    member   VARCHAR(254)  NOT NULL,
    vote     ENUM('APPROVE', 'DENY', 'DEFER') NOT NULL,
    PRIMARY KEY (item_id, member),
    CONSTRAINT fk_committee_ballot_item FOREIGN KEY (item_id) REFERENCES committee_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE committee_conflict (
    request_id   BIGINT        NOT NULL,
    member       VARCHAR(254)  NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    declared_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (request_id, member),
    CONSTRAINT fk_committee_conflict_request FOREIGN KEY (request_id) REFERENCES network_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
