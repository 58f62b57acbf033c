-- #23/#24: the lookup windows live in MariaDB's memory, not on disk. In InnoDB every lookup was a commit, and a client's
-- row stayed locked until the commit reached the disk: one client's lookups at once (a roster system, a benchmark)
-- passed one per disk flush, about 450 a second on the test machine, against 1,030 in memory. Windows last a minute and
-- are worth nothing after a database restart, so losing them then is fine: every client starts a fresh window.
-- 256 MB hold about 500,000 clients' windows; the cleanup job deletes ended ones every minute, and a take that finds
-- the table full goes ahead (LookupWindows), so a flood of addresses cannot shut the public lookup for everyone.
-- A MEMORY table is not replicated by Galera; on a replicated database put it on the primary only (see README).
SET SESSION max_heap_table_size = 268435456;
ALTER TABLE lookup_window
    DROP INDEX ix_lookup_window_start,
    ENGINE = MEMORY,
    ADD INDEX ix_lookup_window_start USING BTREE (throttle, window_start_millis);
