package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private static List<Instant> failuresEvery(Duration gap, int count) {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(T0.plus(gap.multipliedBy(i)));
        }
        return failures;
    }

    @Test
    void nineFailuresDoNotThrottle() {
        assertTrue(throttle.throttledUntil(failuresEvery(Duration.ofSeconds(10), 9), T0.plusSeconds(100)).isEmpty());
    }

    @Test
    void tenFailuresWithinFifteenMinutesThrottleForFifteenMinutesFromTheTenth() {
        List<Instant> failures = failuresEvery(Duration.ofSeconds(10), 10);
        Instant tenth = failures.get(9);
        assertEquals(Optional.of(tenth.plus(Duration.ofMinutes(15))), throttle.throttledUntil(failures, tenth.plusSeconds(1)));
    }

    @Test
    void throttleEndsAfterTheLockout() {
        List<Instant> failures = failuresEvery(Duration.ofSeconds(10), 10);
        Instant tenth = failures.get(9);
        assertTrue(throttle.throttledUntil(failures, tenth.plus(Duration.ofMinutes(15))).isEmpty());
    }

    @Test
    void tenFailuresSpreadOverMoreThanTheWindowDoNotThrottle() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(2), 10);
        assertTrue(throttle.throttledUntil(failures, failures.get(9).plusSeconds(1)).isEmpty());
    }

    @Test
    void looksBackOverWindowAndLockout() {
        assertEquals(Duration.ofMinutes(30), throttle.lookBack());
    }
}
