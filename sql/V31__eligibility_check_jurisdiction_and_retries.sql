-- #32: a check records the jurisdiction whose rule table answered it (before, only the rule's id told), and the
-- caller's Idempotency-Key, so a retried POST within 24 hours returns the first answer instead of recording a second.
ALTER TABLE eligibility_check ADD COLUMN jurisdiction VARCHAR(20) NULL AFTER rule_id;
UPDATE eligibility_check c JOIN service_rule r ON r.id = c.rule_id SET c.jurisdiction = r.jurisdiction;
ALTER TABLE eligibility_check MODIFY jurisdiction VARCHAR(20) NOT NULL;
ALTER TABLE eligibility_check ADD COLUMN idempotency_key VARCHAR(100) NULL,
    ADD UNIQUE INDEX ux_check_idempotency (agency_id, idempotency_key);
