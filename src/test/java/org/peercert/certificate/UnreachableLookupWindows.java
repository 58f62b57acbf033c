package org.peercert.certificate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Test deployments only (#23): the lookup windows, which fail as they would with the database gone once a test says
 * so, and until then are the portal's own. The tests see what a lookup answers without stopping the shared database.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class UnreachableLookupWindows extends LookupWindows {

    private volatile boolean unreachable;

    public void cutOff() {
        unreachable = true;
    }

    public void restore() {
        unreachable = false;
    }

    @Override
    public SearchThrottle.Budget take(String throttle, String client, int lookups, SearchThrottle rule, Instant now) {
        if (unreachable) {
            throw new PersistenceException("could not execute statement", new SQLException("Communications link failure", "08S01"));
        }
        return super.take(throttle, client, lookups, rule, now);
    }
}
