package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scraping protection of the public lookup: per client, a number of searches a minute, then a wait. The rule is run
 * here over windows kept in a map, as {@link LookupWindows} keeps them in the database for every node (#23).
 */
class SearchThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    /** The rule with its clients' windows, each take keeping the window the rule returns. */
    private static final class Windows {
        private final SearchThrottle rule;
        private final Map<String, SearchThrottle.Window> kept = new HashMap<>();

        Windows(int limit) {
            rule = new SearchThrottle(limit, Duration.ofMinutes(1));
        }

        SearchThrottle.Budget take(String client, int lookups, Instant now) {
            SearchThrottle.Taken taken = rule.take(kept.getOrDefault(client, SearchThrottle.Window.startingAt(now)), lookups, now);
            kept.put(client, taken.window());
            return taken.budget();
        }
    }

    @Test
    void theSearchAfterTheLimitWaitsForTheRestOfTheWindow() {
        Windows throttle = new Windows(60);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, throttle.take("10.0.0.1", 1, T0.plusMillis(i * 100L)).waitSeconds(), "search " + (i + 1));
        }
        assertEquals(54, throttle.take("10.0.0.1", 1, T0.plusSeconds(6)).waitSeconds());
        assertEquals(1, throttle.take("10.0.0.1", 1, T0.plusMillis(59_500)).waitSeconds());
    }

    @Test
    void aNewWindowStartsAfresh() {
        Windows throttle = new Windows(2);
        throttle.take("a", 1, T0);
        throttle.take("a", 1, T0);
        assertEquals(60, throttle.take("a", 1, T0).waitSeconds());
        assertEquals(0, throttle.take("a", 1, T0.plusSeconds(60)).waitSeconds());
    }

    @Test
    void theWindowStartsAtTheFirstLookupNotOnTheMinute() {
        Windows throttle = new Windows(1);
        throttle.take("a", 1, T0.plusSeconds(30));
        assertEquals(30, throttle.take("a", 1, T0.plusSeconds(60)).waitSeconds(), "the window runs to 30 s past the next minute");
    }

    @Test
    void aClockSetBackStartsANewWindowRatherThanAWaitLongerThanTheWindow() {
        Windows throttle = new Windows(1);
        throttle.take("a", 1, T0.plusSeconds(3600));
        assertEquals(60, throttle.take("a", 1, T0.plusSeconds(3600)).waitSeconds());
        assertEquals(0, throttle.take("a", 1, T0).waitSeconds(), "the server's clock went back an hour");
    }

    /** #23: what another node kept counts here, and what this node keeps is the window another will read. */
    @Test
    void aWindowKeptElsewhereCountsAgainstTheLimitAndTheTakeSaysWhatToKeep() {
        SearchThrottle rule = new SearchThrottle(60, Duration.ofMinutes(1));
        SearchThrottle.Window keptByAnotherNode = new SearchThrottle.Window(T0.toEpochMilli(), 59);

        SearchThrottle.Taken last = rule.take(keptByAnotherNode, 1, T0.plusSeconds(10));
        SearchThrottle.Taken over = rule.take(last.window(), 1, T0.plusSeconds(11));

        assertEquals(new SearchThrottle.Window(T0.toEpochMilli(), 60), last.window());
        assertEquals(new SearchThrottle.Budget(60, 60, 0, 50, 0), last.budget());
        assertEquals(last.window(), over.window(), "a refused lookup changes nothing");
        assertEquals(49, over.budget().waitSeconds());
    }

    @Test
    void aRefusedTakeAfterAnEndedWindowKeepsTheNewEmptyWindow() {
        SearchThrottle rule = new SearchThrottle(10, Duration.ofMinutes(1));
        SearchThrottle.Taken tooBig = rule.take(new SearchThrottle.Window(T0.toEpochMilli(), 10), 11, T0.plusSeconds(90));
        assertEquals(SearchThrottle.Window.startingAt(T0.plusSeconds(90)), tooBig.window());
        assertEquals(new SearchThrottle.Budget(10, 60, 10, 60, 60), tooBig.budget());
    }

    @Test
    void eachAddressHasItsOwnBudget() {
        Windows throttle = new Windows(1);
        assertEquals(0, throttle.take("a", 1, T0).waitSeconds());
        assertEquals(60, throttle.take("a", 1, T0).waitSeconds());
        assertEquals(0, throttle.take("b", 1, T0).waitSeconds());
    }

    /** #23: a window is forgotten only once it ended a whole window ago: one that ended a moment ago still says when. */
    @Test
    void aWindowIsForgettableOnlyOnceItEndedAWindowAgo() {
        SearchThrottle rule = new SearchThrottle(1, Duration.ofMinutes(1));
        assertEquals(T0.minusSeconds(120), rule.forgettableBefore(T0), "windows that started two minutes ago ended a minute ago");
    }

    @Test
    void aThrottleWithoutALimitIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new SearchThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SearchThrottle(1, Duration.ZERO));
    }

    /** #32: a batch takes all its lookups or none, and the budget tells what is left and when it starts afresh. */
    @Test
    void aBatchTakesAllItsLookupsOrNoneAndTheBudgetSaysWhatIsLeft() {
        Windows throttle = new Windows(10);

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
