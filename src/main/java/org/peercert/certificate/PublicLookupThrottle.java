package org.peercert.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The server's {@link SearchThrottle}s for public lookups, sized by {@link CertificatePolicy}: one budget per client
 * address, and a larger one per agency for callers with the agency's API key (#32), whatever address they call from.
 * The budgets live in the database ({@link LookupWindows}), so two nodes behind one balancer share them (#23).
 */
@ApplicationScoped
public class PublicLookupThrottle {

    /** The throttles' names in {@code lookup_window}. */
    static final String BY_ADDRESS = "address";
    static final String BY_AGENCY = "agency";

    @Inject
    CertificatePolicy policy;

    @Inject
    LookupWindows windows;

    @Inject
    Clock clock;

    private SearchThrottle byAddress;
    private SearchThrottle byAgency;

    @PostConstruct
    void create() {
        byAddress = new SearchThrottle(policy.searchesPerWindow(), policy.searchWindow());
        byAgency = new SearchThrottle(policy.agencyLookupsPerWindow(), policy.searchWindow());
    }

    /** One lookup from this address. */
    public SearchThrottle.Budget takeForAddress(String clientAddress) {
        return windows.take(BY_ADDRESS, clientAddress, 1, byAddress, clock.instant());
    }

    /** {@code lookups} by an agency's key: the agency's own budget. */
    public SearchThrottle.Budget takeForAgency(String agencyCaller, int lookups) {
        return windows.take(BY_AGENCY, agencyCaller, lookups, byAgency, clock.instant());
    }

    /** Forgets the windows no take will read again; returns how many went. */
    public int forgetEndedWindows() {
        Instant now = clock.instant();
        return forgetEnded(BY_ADDRESS, byAddress, now) + forgetEnded(BY_AGENCY, byAgency, now);
    }

    private int forgetEnded(String throttle, SearchThrottle rule, Instant now) {
        int forgotten = 0;
        int batch;
        do {
            batch = windows.forgetStartedBefore(throttle, rule.forgettableBefore(now));
            forgotten += batch;
        } while (batch == LookupWindows.FORGET_AT_ONCE);
        return forgotten;
    }
}
