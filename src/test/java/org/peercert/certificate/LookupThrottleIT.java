package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.agency.ApiKeys;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;

/**
 * Scraping protection: the 61st public lookup in a minute from one address gets 429 with Retry-After. The test's
 * lookups are made from inside the server an hour ahead on its clock, so their window is its own, and is over for
 * the tests that follow once the clock is back.
 */
@ExtendWith(ArquillianExtension.class)
class LookupThrottleIT {

    @Inject
    MovableClock clock;

    @Inject
    AgencyFixtures fixtures;

    @Inject
    TestAccounts people;

    @Inject
    ApiKeys keys;

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
            assertEquals("\"lookups\";q=60;w=60", answer.headers().firstValue("RateLimit-Policy").orElse(""));
            assertTrue(answer.headers().firstValue("RateLimit").orElse("").startsWith("\"lookups\";r=" + (60 - i) + ";t="),
                    answer.headers().map().toString());
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
        assertEquals("\"lookups\";r=0;t=" + retryAfter, api.headers().firstValue("RateLimit").orElse(""));
        assertEquals("*", api.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "another site's page reads the 429 too");
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Too many searches"), page.body());
        assertEquals(200, browsing.statusCode(), "the rest of the portal is not throttled");
    }

    /** #32: an agency's key has its own, larger budget, whatever address it calls from, and a batch lookup for its roster. */
    @Test
    void anAgencysKeyHasItsOwnBudgetAndLooksUpARosterInOneCall() throws Exception {
        clock.set(PortalTime.now().plus(Duration.ofHours(2)));
        String admin = people.create(Role.AGENCY_ADMIN, "Batch", "Admin");
        fixtures.agency(admin, true);
        Certificate held = fixtures.certificate("Bea", "Batch", LocalDate.of(1985, 3, 4));
        String key = keys.create(admin, "roster system").secret();
        HttpClient http = HttpClient.newHttpClient();

        for (int i = 1; i <= 61; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/PS-CPS-1998-" + i)))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), "lookup " + i + " counts against the agency, not the address");
        }

        HttpResponse<String> batch = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/lookups")))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"numbers\":[\"" + held.getNumber() + "\",\"PS-CPS-1998-999\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, batch.statusCode(), batch.body());
        assertEquals("\"lookups\";q=600;w=60", batch.headers().firstValue("RateLimit-Policy").orElse(""));
        assertTrue(batch.headers().firstValue("RateLimit").orElse("").startsWith("\"lookups\";r=" + (600 - 61 - 2) + ";"), "each number counts");
        Map<String, Object> answer = JSONObjectUtils.parse(batch.body());
        List<Object> results = JSONObjectUtils.getJSONArray(answer, "results");
        assertEquals(held.getNumber(), ((Map<?, ?>) results.get(0)).get("number"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) results.get(0)).get("found"));
        assertEquals("Bea Batch", ((Map<?, ?>) ((Map<?, ?>) results.get(0)).get("certificate")).get("holderName"));
        assertEquals(Boolean.FALSE, ((Map<?, ?>) results.get(1)).get("found"), "in the order asked");

        HttpResponse<String> badNumber = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/lookups")))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"numbers\":[\"" + held.getNumber() + "\",\"<script>\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badNumber.statusCode());
        assertTrue(badNumber.body().contains("\"pointer\":\"/numbers/1\""), badNumber.body());
        HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/lookups")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"numbers\":[\"x\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, noKey.statusCode(), "a batch is for agencies");
    }
}
