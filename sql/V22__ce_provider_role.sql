-- R-CEU-1: approved continuing-education providers report completions for many people at once; they are a role.
ALTER TABLE user_role MODIFY role ENUM('APPLICANT', 'TRAINER', 'STAFF', 'SUPERVISOR', 'AGENCY_ADMIN', 'NETWORK_STAFF', 'COMMITTEE_MEMBER',
    'ADMIN', 'CE_PROVIDER') NOT NULL;

-- A provider's report is found again by who reported it (their history, and the duplicate check of a second upload).
CREATE INDEX ix_ce_activity_reported_by ON ce_activity (reported_by, holder_id, completed_on);
