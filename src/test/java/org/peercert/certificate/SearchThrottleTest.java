package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Scraping protection of the public lookup: what a client is told once a take left its window. The take itself, which
 * the database applies for every node at once (#23), is LookupWindowsIT's.
 */
class SearchThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final SearchThrottle SIXTY_A_MINUTE = new SearchThrottle(60, Duration.ofMinutes(1));

    @Test
    void aTakeThatWentAheadSaysWhatIsLeftAndWhenTheWindowStartsAfresh() {
        SearchThrottle.Budget budget = SIXTY_A_MINUTE.budget(new SearchThrottle.Window(T0.toEpochMilli(), 45), true, T0.plusSeconds(20));
        assertEquals(new SearchThrottle.Budget(60, 60, 15, 40, 0), budget);
        assertEquals(true, budget.allows());
    }

    @Test
    void aRefusedTakeWaitsForTheRestOfTheWindowInWholeSecondsRoundedUp() {
        SearchThrottle.Budget budget = SIXTY_A_MINUTE.budget(new SearchThrottle.Window(T0.toEpochMilli(), 60), false, T0.plusMillis(5_500));
        assertEquals(new SearchThrottle.Budget(60, 60, 0, 55, 55), budget);
        assertEquals(false, budget.allows());
    }

    @Test
    void noClientIsToldToWaitLessThanASecond() {
        SearchThrottle.Budget budget = SIXTY_A_MINUTE.budget(new SearchThrottle.Window(T0.toEpochMilli(), 60), false, T0.plusMillis(59_999));
        assertEquals(1, budget.waitSeconds());
        assertEquals(1, budget.resetSeconds());
    }

    /** #32: a batch may leave more taken than the limit's share of a page; what is left is never below nothing. */
    @Test
    void theHeadersSayTheQuotaWhatIsLeftAndTheReset() {
        SearchThrottle.Budget budget = new SearchThrottle(10, Duration.ofMinutes(1)).budget(new SearchThrottle.Window(T0.toEpochMilli(), 10), true,
                T0.plusSeconds(15));
        assertEquals("\"lookups\";q=10;w=60", budget.policyHeader("lookups"));
        assertEquals("\"lookups\";r=0;t=45", budget.rateLimitHeader("lookups"));
    }

    /** #23: a window is forgotten only once it ended a whole window ago: one that ended a moment ago still says when. */
    @Test
    void aWindowIsForgettableOnlyOnceItEndedAWindowAgo() {
        assertEquals(T0.minusSeconds(120), SIXTY_A_MINUTE.forgettableBefore(T0), "windows that started two minutes ago ended a minute ago");
    }

    @Test
    void aThrottleWithoutALimitIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new SearchThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SearchThrottle(1, Duration.ZERO));
    }
}
