package org.peercert.certificate;

import java.util.function.BiConsumer;

/**
 * The rate-limit headers of the public lookup's API answers (#32), as the IETF httpapi draft names them: the policy
 * ({@code "lookups";q=60;w=60}) and what is left ({@code "lookups";r=59;t=42}); on a 429 also Retry-After.
 */
public final class RateLimits {

    public static final String POLICY = "lookups";

    private RateLimits() {
    }

    public static void headers(BiConsumer<String, String> header, SearchThrottle.Budget budget) {
        header.accept("RateLimit-Policy", budget.policyHeader(POLICY));
        header.accept("RateLimit", budget.rateLimitHeader(POLICY));
        if (!budget.allows()) {
            header.accept("Retry-After", Long.toString(budget.waitSeconds()));
        }
    }
}
