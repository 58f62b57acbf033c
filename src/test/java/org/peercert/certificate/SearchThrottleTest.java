package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Scraping protection of the public lookup: per client address, a number of searches a minute, then a wait. */
class SearchThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theSearchAfterTheLimitWaitsForTheRestOfTheWindow() {
        SearchThrottle throttle = new SearchThrottle(60, Duration.ofMinutes(1));
        for (int i = 0; i < 60; i++) {
            assertEquals(0, throttle.take("10.0.0.1", 1, T0.plusMillis(i * 100L)).waitSeconds(), "search " + (i + 1));
        }
        assertEquals(54, throttle.take("10.0.0.1", 1, T0.plusSeconds(6)).waitSeconds());
        assertEquals(1, throttle.take("10.0.0.1", 1, T0.plusMillis(59_500)).waitSeconds());
    }

    @Test
    void aNewWindowStartsAfresh() {
        SearchThrottle throttle = new SearchThrottle(2, Duration.ofMinutes(1));
        throttle.take("a", 1, T0);
        throttle.take("a", 1, T0);
        assertEquals(60, throttle.take("a", 1, T0).waitSeconds());
        assertEquals(0, throttle.take("a", 1, T0.plusSeconds(60)).waitSeconds());
    }

    @Test
    void aClockSetBackStartsANewWindowRatherThanAWaitLongerThanTheWindow() {
        SearchThrottle throttle = new SearchThrottle(1, Duration.ofMinutes(1));
        throttle.take("a", 1, T0.plusSeconds(3600));
        assertEquals(60, throttle.take("a", 1, T0.plusSeconds(3600)).waitSeconds());
        assertEquals(0, throttle.take("a", 1, T0).waitSeconds(), "the server's clock went back an hour");
    }

    @Test
    void eachAddressHasItsOwnBudget() {
        SearchThrottle throttle = new SearchThrottle(1, Duration.ofMinutes(1));
        assertEquals(0, throttle.take("a", 1, T0).waitSeconds());
        assertEquals(60, throttle.take("a", 1, T0).waitSeconds());
        assertEquals(0, throttle.take("b", 1, T0).waitSeconds());
    }

    @Test
    void manyIdleClientsAreForgotten() {
        SearchThrottle throttle = new SearchThrottle(1, Duration.ofMinutes(1));
        for (int i = 0; i < 10_001; i++) {
            throttle.take("client-" + i, 1, T0);
        }
        assertEquals(0, throttle.take("client-0", 1, T0.plusSeconds(61)).waitSeconds());
        assertEquals(60, throttle.take("client-0", 1, T0.plusSeconds(61)).waitSeconds());
    }

    @Test
    void aThrottleWithoutALimitIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new SearchThrottle(0, Duration.ofMinutes(1)));
    }

    /** #32: a batch takes all its lookups or none, and the budget tells what is left and when it starts afresh. */
    @Test
    void aBatchTakesAllItsLookupsOrNoneAndTheBudgetSaysWhatIsLeft() {
        SearchThrottle throttle = new SearchThrottle(10, Duration.ofMinutes(1));

        SearchThrottle.Budget seven = throttle.take("agency-1", 7, T0);
        SearchThrottle.Budget fourMore = throttle.take("agency-1", 4, T0.plusSeconds(15));
        SearchThrottle.Budget threeMore = throttle.take("agency-1", 3, T0.plusSeconds(15));

        assertEquals(new SearchThrottle.Budget(10, 60, 3, 60, 0), seven);
        assertEquals(new SearchThrottle.Budget(10, 60, 3, 45, 45), fourMore, "refused whole: nothing counted");
        assertEquals(new SearchThrottle.Budget(10, 60, 0, 45, 0), threeMore);
        assertEquals("\"lookups\";q=10;w=60", threeMore.policyHeader("lookups"));
        assertEquals("\"lookups\";r=0;t=45", threeMore.rateLimitHeader("lookups"));
        assertEquals(0, throttle.take("agency-2", 10, T0).waitSeconds(), "each client its own budget");
    }
}
