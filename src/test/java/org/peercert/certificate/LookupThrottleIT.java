package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;

/**
 * Scraping protection: the 61st public lookup in a minute from one address gets 429 with Retry-After. The test's
 * lookups are made from inside the server an hour ahead on its clock, so their window is its own, and is over for
 * the tests that follow once the clock is back.
 */
@ExtendWith(ArquillianExtension.class)
class LookupThrottleIT {

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theLookupAfterTheConfiguredSixtyAMinuteIsToldToWait() throws Exception {
        clock.set(PortalTime.now().plus(Duration.ofHours(1)));
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 1; i <= 60; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/PS-CPS-1999-" + i)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), "lookup " + i + " is within the budget");
        }

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/PS-CPS-1999-61"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/verify/PS-CPS-1999-62"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> browsing = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/index.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(429, api.statusCode());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(""));
        assertTrue(api.body().contains("urn:peercert:problem:too-many-lookups"), api.body());
        long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Too many searches"), page.body());
        assertEquals(200, browsing.statusCode(), "the rest of the portal is not throttled");
    }
}
