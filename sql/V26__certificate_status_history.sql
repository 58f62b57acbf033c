-- Issue #22, finding 7: the status a certificate had on each day (R-TRN-3, R-SVC-6): an agency's billing check for a past date of service
-- asks whether the person held an active certificate on that date, not only today. One row per change, effective
-- from its day; the latest row on or before a day is the status that day.
CREATE TABLE certificate_status_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id  BIGINT        NOT NULL,
    status          ENUM('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'INACTIVE') NOT NULL,
    effective_on    DATE          NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_certificate_status_entry_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    INDEX ix_certificate_status_entry_day (certificate_id, effective_on, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Certificates issued before this change: active from the issue date and, when no longer active, their present
-- status from the day it last changed. Earlier suspensions that have since ended were not kept and cannot be recovered.
INSERT INTO certificate_status_entry (certificate_id, status, effective_on, recorded_at)
SELECT id, 'ACTIVE', issued_on, TIMESTAMP(issued_on) FROM certificate;
INSERT INTO certificate_status_entry (certificate_id, status, effective_on, recorded_at)
SELECT id, status, DATE(status_changed_at), status_changed_at FROM certificate WHERE status <> 'ACTIVE';
