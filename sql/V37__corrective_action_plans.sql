-- #26: the corrective action plan an audit asks for is tracked: the plan the agency sends (a network document of its
-- own kind), when it came, and the network's answer (accepted, or returned with what to correct and perhaps a new
-- due day). A plan not accepted by its due day is overdue on the network's queue.
ALTER TABLE network_document
    MODIFY kind ENUM('LIABILITY_INSURANCE', 'ACCREDITATION', 'SUPERVISION_PLAN', 'RECORD_KEEPING', 'CORRECTIVE_ACTION_PLAN') NOT NULL;

ALTER TABLE network_audit
    ADD COLUMN plan_document_id  BIGINT         NULL,
    ADD COLUMN plan_received_at  DATETIME(6)    NULL,
    ADD COLUMN plan_decision     ENUM('ACCEPTED', 'RETURNED') NULL,
    ADD COLUMN plan_decided_by   VARCHAR(254)   NULL,
    ADD COLUMN plan_decided_at   DATETIME(6)    NULL,
    ADD COLUMN plan_note         VARCHAR(2000)  NULL,
    ADD CONSTRAINT fk_network_audit_plan_document FOREIGN KEY (plan_document_id) REFERENCES network_document (id),
    ADD INDEX ix_network_audit_plan_due (corrective_plan_due);
