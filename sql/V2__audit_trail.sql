-- The append-only audit trail: who did what, to whom, when. The portal only ever inserts here.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    subject      VARCHAR(254)  NULL,
    details      VARCHAR(2000) NULL,
    remote_addr  VARCHAR(64)   NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
