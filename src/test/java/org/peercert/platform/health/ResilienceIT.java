package org.peercert.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalClient;
import org.peercert.testing.TestAccounts;

/**
 * #23 on one node: the health a load balancer reads (MicroProfile Health on the management interface, the database and
 * the scheduler in readiness), and the portal's answer while its database cannot be reached: 503 with its own page and
 * Retry-After, where a bug stays a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResilienceIT {

    /** The test server's management interface: 9990 plus its port offset of 100 (arquillian.xml). */
    private static final String MANAGEMENT = "http://localhost:10090";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> checks(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(json))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status"), (a, b) -> a));
        }
    }

    @Test
    void readinessNamesTheDatabaseAndTheSchedulerAndLivenessAnswers() throws Exception {
        HttpResponse<String> ready = get(MANAGEMENT + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        Map<String, String> checks = checks(ready.body());
        assertEquals("UP", checks.get(DatabaseReadiness.NAME), ready.body());
        assertEquals("UP", checks.get(SchedulerReadiness.NAME), ready.body());
        assertEquals(200, get(MANAGEMENT + "/health/live").statusCode());
    }

    @Test
    void aPageWhoseDatabaseIsUnreachableAnswers503WithThePortalsOwnPageAndABugStaysA500() {
        PortalClient staff = new PortalClient();
        staff.signIn(TestAccounts.STAFF, TestAccounts.PASSWORD);
        PortalClient.Page unavailable = staff.get("/staff/test-support/unreachable-database");
        assertEquals(503, unavailable.status());
        assertEquals("30", unavailable.header("Retry-After"));
        assertTrue(unavailable.body().contains("The portal is briefly unavailable"), unavailable.body());
        assertFalse(unavailable.body().contains("PersistenceException") || unavailable.body().contains("08S01"), "no internals");
        assertTrue(unavailable.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        PortalClient.Page bug = staff.get("/staff/test-support/unreachable-database?bug=true");
        assertEquals(500, bug.status());
    }

    @Test
    void anApiCallWhoseDatabaseIsUnreachableAnswers503AsAProblem() {
        PortalClient.Page answer = new PortalClient().get("/api/test-support/unreachable-database");
        assertEquals(503, answer.status(), answer.body());
        assertEquals("30", answer.header("Retry-After"));
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        assertTrue(answer.body().contains("urn:peercert:problem:service-unavailable"), answer.body());
        assertFalse(answer.body().contains("08S01") || answer.body().contains("PersistenceException"), "no internals");
    }
}
