package org.peercert.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After {@code maxFailures} failed sign-ins within {@code window}, the email is throttled for
 * {@code lockout}, counted from the failure that reached the limit.
 */
public record SignInThrottle(int maxFailures, Duration window, Duration lockout) {

    /** How far back failures matter: a burst that ended more than this ago can no longer throttle. */
    public Duration lookBack() {
        return window.plus(lockout);
    }

    /** @param failures the failures within {@link #lookBack()}, oldest first */
    public Optional<Instant> throttledUntil(List<Instant> failures, Instant now) {
        for (int last = maxFailures - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - maxFailures + 1);
            Instant reached = failures.get(last);
            if (Duration.between(first, reached).compareTo(window) <= 0) {
                Instant until = reached.plus(lockout);
                if (until.isAfter(now)) {
                    return Optional.of(until);
                }
            }
        }
        return Optional.empty();
    }
}
