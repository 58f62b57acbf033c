-- Issue #22, finding 3: ten wrong passwords locked an email for everyone, its owner included. Failures now remember
-- the client address they came from: the throttle counts them per email and address, per address over all emails,
-- and per email over all addresses only at a much higher count.
ALTER TABLE sign_in_failure ADD COLUMN client_address VARCHAR(45) NULL;
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (client_address, failed_at);
