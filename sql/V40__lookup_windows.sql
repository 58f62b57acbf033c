-- #23: the public lookups' budgets (PublicLookupThrottle), kept here rather than in each node's memory, so that two
-- nodes behind one balancer hold a client to one limit. One row per throttle ('address', 'agency') and client: the
-- client's current window, when it started (epoch milliseconds, UTC) and the lookups taken in it. A lookup locks its
-- row for one short transaction. A client is an address as the server saw it (an IPv6 address with its zone is at most
-- 55 characters) or an agency key's caller ("api:agency-<id>"). Windows that ended a window ago or more are deleted
-- each night (LookupWindowCleanupJob), by the index on their start.
CREATE TABLE lookup_window (
    throttle             VARCHAR(20)  NOT NULL,
    client               VARCHAR(64)  NOT NULL,
    window_start_millis  BIGINT       NOT NULL,
    taken                INT          NOT NULL,
    PRIMARY KEY (throttle, client),
    INDEX ix_lookup_window_start (throttle, window_start_millis)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
