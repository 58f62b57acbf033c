package org.peercert.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The server's {@link SearchThrottle}s for public lookups, sized by {@link CertificatePolicy}: one budget per client
 * address, and a larger one per agency for callers with the agency's API key (#32), whatever address they call from.
 */
@ApplicationScoped
public class PublicLookupThrottle {

    @Inject
    CertificatePolicy policy;

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
        return byAddress.take(clientAddress, 1, clock.instant());
    }

    /** {@code lookups} by an agency's key: the agency's own budget. */
    public SearchThrottle.Budget takeForAgency(String agencyCaller, int lookups) {
        return byAgency.take(agencyCaller, lookups, clock.instant());
    }
}
