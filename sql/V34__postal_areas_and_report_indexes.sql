-- #25: the office's list of postal codes with the county and region each lies in, so reports can group people by the
-- address on their application. A state loads its own list; a code not on it is reported as "Not listed".
CREATE TABLE postal_area (
    postal_code  CHAR(5)      NOT NULL PRIMARY KEY,
    county       VARCHAR(80)  NOT NULL,
    region       VARCHAR(80)  NOT NULL,
    INDEX ix_postal_area_region (region, postal_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- #25: the reports count events by the day they happened; these let a period's rows be found without reading every row.
CREATE INDEX ix_application_created ON certification_application (created_at);
CREATE INDEX ix_application_decided ON certification_application (decided_at);
CREATE INDEX ix_certificate_issued ON certificate (issued_on);
CREATE INDEX ix_certificate_status_entry_effective ON certificate_status_entry (effective_on, status);
CREATE INDEX ix_exam_sitting_sat ON exam_sitting (sat_on);
CREATE INDEX ix_cohort_ends ON cohort (ends_on);
CREATE INDEX ix_ce_activity_completed ON ce_activity (completed_on, category_id);
CREATE INDEX ix_renewal_cycle ON renewal (cycle_expires_on, status);
CREATE INDEX ix_background_check_recorded ON background_check (recorded_at);
CREATE INDEX ix_exclusion_match_raised ON exclusion_match (raised_at);
CREATE INDEX ix_network_request_received ON network_request (received_on);
-- (The network report finds each request's acknowledgement in the audit trail by ix_audit_event_subject of V2.)
