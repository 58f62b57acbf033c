package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;

/**
 * The public lookup's throttle as the database applies it for every node (#23): per client, a number of lookups in a
 * window that starts at the first of them, then a wait; a batch whole or not at all. Each test has clients of its own
 * and says the moment of each take, so nothing here depends on the clock or on another test.
 */
@ExtendWith(ArquillianExtension.class)
class LookupWindowsIT {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Inject
    LookupWindows windows;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private SearchThrottle.Budget take(String client, int lookups, SearchThrottle rule, Instant at) {
        return windows.take("test", client, lookups, rule, at);
    }

    private static String newClient() {
        return "client-" + UUID.randomUUID();
    }

    private static SearchThrottle perMinute(int limit) {
        return new SearchThrottle(limit, Duration.ofMinutes(1));
    }

    @Test
    void theLookupAfterTheLimitWaitsForTheRestOfTheWindow() {
        String client = newClient();
        SearchThrottle sixty = perMinute(60);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, take(client, 1, sixty, T0.plusMillis(i * 100L)).waitSeconds(), "lookup " + (i + 1));
        }
        assertEquals(54, take(client, 1, sixty, T0.plusSeconds(6)).waitSeconds());
        assertEquals(1, take(client, 1, sixty, T0.plusMillis(59_500)).waitSeconds());
    }

    @Test
    void aWindowThatEndedStartsAfresh() {
        String client = newClient();
        SearchThrottle two = perMinute(2);
        take(client, 1, two, T0);
        take(client, 1, two, T0);
        assertEquals(60, take(client, 1, two, T0).waitSeconds());
        assertEquals(new SearchThrottle.Budget(2, 60, 1, 60, 0), take(client, 1, two, T0.plusSeconds(60)));
    }

    @Test
    void theWindowStartsAtTheFirstLookupNotOnTheMinute() {
        String client = newClient();
        take(client, 1, perMinute(1), T0.plusSeconds(30));
        assertEquals(30, take(client, 1, perMinute(1), T0.plusSeconds(60)).waitSeconds(), "the window runs to 30 s past the next minute");
    }

    @Test
    void aClockSetBackStartsANewWindowRatherThanAWaitLongerThanTheWindow() {
        String client = newClient();
        take(client, 1, perMinute(1), T0.plusSeconds(3600));
        assertEquals(60, take(client, 1, perMinute(1), T0.plusSeconds(3600)).waitSeconds());
        assertEquals(0, take(client, 1, perMinute(1), T0).waitSeconds(), "a clock went back an hour");
    }

    @Test
    void eachClientHasItsOwnBudget() {
        String a = newClient();
        assertEquals(0, take(a, 1, perMinute(1), T0).waitSeconds());
        assertEquals(60, take(a, 1, perMinute(1), T0).waitSeconds());
        assertEquals(0, take(newClient(), 1, perMinute(1), T0).waitSeconds());
    }

    /** #32: a batch takes all its lookups or none, and the budget tells what is left and when it starts afresh. */
    @Test
    void aBatchTakesAllItsLookupsOrNone() {
        String agency = newClient();
        SearchThrottle ten = perMinute(10);

        assertEquals(new SearchThrottle.Budget(10, 60, 3, 60, 0), take(agency, 7, ten, T0));
        assertEquals(new SearchThrottle.Budget(10, 60, 3, 45, 45), take(agency, 4, ten, T0.plusSeconds(15)), "refused whole: nothing counted");
        assertEquals(new SearchThrottle.Budget(10, 60, 0, 45, 0), take(agency, 3, ten, T0.plusSeconds(15)));
    }

    @Test
    void aBatchTooBigForAWholeWindowIsRefusedAndTheEndedWindowStartsAfreshEmpty() {
        String agency = newClient();
        SearchThrottle ten = perMinute(10);
        take(agency, 10, ten, T0);

        assertEquals(new SearchThrottle.Budget(10, 60, 10, 60, 60), take(agency, 11, ten, T0.plusSeconds(90)));
        assertEquals(new SearchThrottle.Budget(10, 60, 0, 60, 0), take(agency, 10, ten, T0.plusSeconds(90)), "the new window was empty");
    }
}
