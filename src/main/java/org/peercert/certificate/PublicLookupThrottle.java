package org.peercert.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** The server's one {@link SearchThrottle} for public lookups, sized by {@link CertificatePolicy}. */
@ApplicationScoped
public class PublicLookupThrottle {

    @Inject
    CertificatePolicy policy;

    @Inject
    Clock clock;

    private SearchThrottle throttle;

    @PostConstruct
    void create() {
        throttle = new SearchThrottle(policy.searchesPerWindow(), policy.searchWindow());
    }

    public long secondsToWait(String clientAddress) {
        return throttle.secondsToWait(clientAddress, clock.instant());
    }
}
