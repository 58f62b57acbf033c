package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.TestData;

/**
 * Issue #22, finding 10: the daily housekeeping removes failed sign-ins older than a day and links spent a month ago,
 * and keeps what is recent. The test dates its own person's traces back rather than moving the clock, so the purge,
 * run at the real time, finds nothing of other tests' to remove.
 */
@ExtendWith(ArquillianExtension.class)
class AccountHousekeepingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIn;

    @Inject
    AccountHousekeeping housekeeping;

    @Inject
    TestData data;

    @Inject
    Clock clock;

    private String personWithTraces() {
        String email = "kept-" + UUID.randomUUID() + "@example.org";
        accounts.register(new Registration("Kai", "Kept", email, LocalDate.of(1984, 6, 1), "lantern orchard quietly"));
        signIn.signIn(email, "not the password", "192.0.2.200");
        signIn.signIn(email, "nor this one", "192.0.2.200");
        return email;
    }

    @Test
    void oldFailuresAndSpentLinksGoAndRecentOnesStay() {
        String old = personWithTraces();
        String recent = personWithTraces();
        data.dateSignInTracesBack(old, clock.instant().minus(Duration.ofDays(31)));

        assertTrue(housekeeping.purge() >= 3, "two failures and a link, at least");

        assertEquals(0, data.signInFailuresOf(old));
        assertEquals(0, data.linksOf(old), "the verification link, expired a month ago");
        assertEquals(2, data.signInFailuresOf(recent), "today's failures still count for the throttle");
        assertEquals(1, data.linksOf(recent), "a link still to be used");
    }
}
