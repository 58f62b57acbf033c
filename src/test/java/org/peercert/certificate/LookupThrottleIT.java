package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * the tests that follow once the clock is back. #23: the budgets are rows of the shared database, so what another node
 * counted counts here, and lookups at once on many threads never pass the limit together.
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

    @Inject
    PublicLookupThrottle throttle;

    @Inject
    UnreachableLookupWindows windows;

    @Resource(lookup = "java:jboss/datasources/PeerCertDS")
    DataSource database;

    @Resource
    ManagedThreadFactory threads;

    @AfterEach
    void realTime() {
        clock.release();
        windows.restore();
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

    /** #23: a window another node wrote (here straight into the database) counts against the limit on this one, and back. */
    @Test
    void aWindowAnotherNodeWroteCountsAgainstTheLimitHere() throws SQLException {
        Instant now = PortalTime.now().plus(Duration.ofHours(3));
        clock.set(now);
        String client = "198.51.100.23";
        writeWindow(PublicLookupThrottle.BY_ADDRESS, client, now.minusSeconds(10), 59);

        SearchThrottle.Budget last = throttle.takeForAddress(client);
        SearchThrottle.Budget over = throttle.takeForAddress(client);

        assertEquals(new SearchThrottle.Budget(60, 60, 0, 50, 0), last, "the 60th of the window another node began");
        assertEquals(new SearchThrottle.Budget(60, 60, 0, 50, 50), over);
        assertEquals(60, takenIn(PublicLookupThrottle.BY_ADDRESS, client), "what this node took is there for the other");
    }

    /** #23: the page and API answer from the shared window: lookups another node took leave none for this one. */
    @Test
    void aLookupIsRefusedOnceAnotherNodeTookTheRestOfTheWindow() throws Exception {
        Instant now = PortalTime.now().plus(Duration.ofHours(4));
        clock.set(now);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/PS-CPS-1997-1"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, first.statusCode());
        assertEquals("\"lookups\";r=59;t=60", first.headers().firstValue("RateLimit").orElse(""));

        String address = clientWhoseWindowStarted(now);
        execute("UPDATE lookup_window SET taken = taken + 59 WHERE throttle = 'address' AND client = ?", address);

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/PS-CPS-1997-2"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/verify/PS-CPS-1997-3"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, api.statusCode(), api.body());
        assertEquals("\"lookups\";r=0;t=60", api.headers().firstValue("RateLimit").orElse(""));
        assertEquals(429, page.statusCode());
    }

    /** #23: twenty lookups at once, on twenty threads and so twenty transactions, take a budget of five only five times. */
    @Test
    void lookupsAtTheSameMomentNeverPassTheLimitTogether() throws Exception {
        SearchThrottle fiveAMinute = new SearchThrottle(5, Duration.ofMinutes(1));
        String client = "203.0.113.5-" + UUID.randomUUID();
        Instant now = PortalTime.now();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService twenty = Executors.newFixedThreadPool(20, threads);
        List<Future<SearchThrottle.Budget>> takes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            takes.add(twenty.submit(() -> {
                start.await();
                return windows.take(PublicLookupThrottle.BY_ADDRESS, client, 1, fiveAMinute, now);
            }));
        }
        start.countDown();

        int allowed = 0;
        try {
            for (Future<SearchThrottle.Budget> take : takes) {
                allowed += take.get(30, TimeUnit.SECONDS).allows() ? 1 : 0;
            }
        } finally {
            twenty.shutdown();
        }
        assertEquals(5, allowed);
        assertEquals(5, takenIn(PublicLookupThrottle.BY_ADDRESS, client));
    }

    /** #23: the nightly cleanup deletes the windows that ended a window ago or more, and keeps the ones that may still count. */
    @Test
    void windowsThatEndedAWindowAgoAreForgottenAndRecentOnesKept() throws SQLException {
        Instant now = PortalTime.now().plus(Duration.ofHours(5));
        clock.set(now);
        writeWindow(PublicLookupThrottle.BY_ADDRESS, "198.51.100.40", now.minusSeconds(121), 3);
        writeWindow(PublicLookupThrottle.BY_AGENCY, "api:agency-forgotten", now.minusSeconds(121), 3);
        writeWindow(PublicLookupThrottle.BY_ADDRESS, "198.51.100.41", now.minusSeconds(119), 3);

        assertTrue(throttle.forgetEndedWindows() >= 2);

        assertEquals(-1, takenIn(PublicLookupThrottle.BY_ADDRESS, "198.51.100.40"));
        assertEquals(-1, takenIn(PublicLookupThrottle.BY_AGENCY, "api:agency-forgotten"));
        assertEquals(3, takenIn(PublicLookupThrottle.BY_ADDRESS, "198.51.100.41"), "ended 59 s ago: kept");
    }

    /** #23: without the database, a lookup answers 503 as every page and API call does then, never a 500. */
    @Test
    void aLookupWhoseBudgetCannotBeReadAnswers503() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Cut", "Off");
        fixtures.agency(admin, true);
        String key = keys.create(admin, "roster system").secret();
        HttpClient http = HttpClient.newHttpClient();
        windows.cutOff();

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/PS-CPS-1996-1"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/verify/PS-CPS-1996-2"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> batch = http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/lookups")))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"numbers\":[\"PS-CPS-1996-3\"]}")).build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> problem : List.of(api, batch)) {
            assertEquals(503, problem.statusCode(), problem.body());
            assertEquals("30", problem.headers().firstValue("Retry-After").orElse(""));
            assertTrue(problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(problem.body().contains("urn:peercert:problem:service-unavailable"), problem.body());
        }
        assertEquals("*", api.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "another site's page reads the 503 too");
        assertEquals(503, page.statusCode());
        assertEquals("30", page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.body().contains("The portal is briefly unavailable"), page.body());
    }

    /** As another node keeps a window; replacing, so a test run again on the same database starts clean. */
    private void writeWindow(String throttleName, String client, Instant start, int taken) throws SQLException {
        execute("REPLACE INTO lookup_window (throttle, client, window_start_millis, taken) VALUES (?, ?, " + start.toEpochMilli() + ", " + taken + ")",
                throttleName, client);
    }

    private void execute(String sql, String... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The lookups taken in the client's window, -1 when it has none. */
    private int takenIn(String throttleName, String client) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT taken FROM lookup_window WHERE throttle = ? AND client = ?")) {
            statement.setString(1, throttleName);
            statement.setString(2, client);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getInt(1) : -1;
            }
        }
    }

    /** The address the server saw for this test's own lookups: the only window that started at this test's moment. */
    private String clientWhoseWindowStarted(Instant start) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT client FROM lookup_window WHERE throttle = 'address' AND window_start_millis = ?")) {
            statement.setLong(1, start.toEpochMilli());
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), "the first lookup began a window at " + start);
                return row.getString(1);
            }
        }
    }
}
