package org.peercert.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When to try a failed delivery again: doubling waits from the first, capped, until the attempts run out. */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid retry schedule " + first + ", " + max + ", " + maxAttempts);
        }
    }

    /** @param attemptsMade failed attempts so far, including the one just made; empty means give up. */
    public Optional<Instant> nextAttempt(Instant failedAt, int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(attemptsMade - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return Optional.of(failedAt.plus(wait.compareTo(max) > 0 ? max : wait));
    }
}
