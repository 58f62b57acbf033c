package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.certificate.Certificate;
import org.peercert.supervision.QualificationKind;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;

/** POST/GET /api/v1/eligibility-checks over HTTP with an agency API key: answers, refusals as problem+json, and who may ask. */
@ExtendWith(ArquillianExtension.class)
class EligibilityApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AgencyFixtures fixtures;

    @Inject
    TestAccounts people;

    @Inject
    RosterService roster;

    @Inject
    ApiKeys keys;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate BORN = LocalDate.of(1988, 4, 2);

    private static HttpResponse<String> post(String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/eligibility-checks")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/eligibility-checks?limit=5")))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String question(String number, String code, String modifiers, LocalDate consumerBorn) {
        return "{\"certificateNumber\":\"" + number + "\",\"code\":\"" + code + "\",\"modifiers\":[" + modifiers + "],"
                + "\"serviceDate\":\"" + PortalTime.today() + "\",\"consumerDateOfBirth\":\"" + consumerBorn + "\",\"units\":4}";
    }

    @Test
    void anAgencySystemAsksWithItsKeyAndGetsEveryReason() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Api", "Admin");
        var agency = fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Ari", "Api", BORN);
        roster.add(admin, person.getNumber(), "Api", BORN);
        fixtures.supervise(agency, admin, person, fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR),
                fixtures.verifiedSupervisor(QualificationKind.LMHP));
        String key = keys.create(admin, "billing system").secret();

        HttpResponse<String> yes = post(key, question(person.getNumber(), "H0038", "", LocalDate.of(1960, 1, 1)));
        assertEquals(201, yes.statusCode(), yes.body());
        assertTrue(yes.body().contains("\"eligible\":true"), yes.body());
        assertTrue(yes.body().contains("\"rule\":\"R-SUP-1\"") && yes.body().contains("\"expectedReimbursement\":47"), yes.body());

        HttpResponse<String> group = post(key, question(person.getNumber(), "H0038", "\"HQ\"", LocalDate.of(1960, 1, 1)));
        assertEquals(400, group.statusCode(), "a group service without its size is refused");
        assertTrue(group.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> unknown = post(key, question(person.getNumber(), "H0038", "\"ZZ\"", LocalDate.of(1960, 1, 1)));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("urn:peercert:problem:check-refused"), unknown.body());

        HttpResponse<String> future = post(key, question(person.getNumber(), "H0038", "", PortalTime.today().plusDays(3)));
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("date of birth"), future.body());

        HttpResponse<String> notJson = post(key, "{not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("urn:peercert:problem:malformed-request"), notJson.body());
        HttpResponse<String> badDate = post(key, "{\"certificateNumber\":\"" + person.getNumber() + "\",\"code\":\"H0038\","
                + "\"serviceDate\":\"12/01/2026\",\"consumerDateOfBirth\":\"1990-01-01\"}");
        assertEquals(400, badDate.statusCode(), "a date not YYYY-MM-DD: " + badDate.body());
        assertTrue(badDate.body().contains("urn:peercert:problem:malformed-request"), badDate.body());

        HttpResponse<String> listed = get(key);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"total\":1") && listed.body().contains(person.getNumber()), listed.body());
    }

    @Test
    void withoutAValidKeyOrForSomeoneOffTheRosterTheApiRefuses() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Key", "Holder");
        fixtures.agency(admin, true);
        String other = people.create(Role.AGENCY_ADMIN, "Other", "Agency");
        fixtures.agency(other, true);
        Certificate theirs = fixtures.certificate("Nora", "Notmine", BORN);
        roster.add(other, theirs.getNumber(), "Notmine", BORN);
        String key = keys.create(admin, "billing system").secret();

        HttpResponse<String> noKey = post(null, question(theirs.getNumber(), "H0038", "", LocalDate.of(1960, 1, 1)));
        assertEquals(401, noKey.statusCode());
        assertEquals("Bearer", noKey.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, post(key.substring(0, key.length() - 1) + "x", question(theirs.getNumber(), "H0038", "", LocalDate.of(1960, 1, 1)))
                .statusCode(), "a key with the wrong secret");

        HttpResponse<String> offRoster = post(key, question(theirs.getNumber(), "H0038", "", LocalDate.of(1960, 1, 1)));
        assertEquals(403, offRoster.statusCode(), "another agency's person");
        assertTrue(offRoster.body().contains("not-on-roster"));

        long keyId = keys.of(fixtures.agencyOf(admin)).get(0).getId();
        keys.revoke(admin, keyId);
        assertEquals(401, get(key).statusCode(), "a revoked key");
        assertFalse(keys.authenticate(key).isPresent());
    }

    private static HttpResponse<String> birthDateMatch(String key, String number, LocalDate dob) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/certificates/" + number + "?dob=" + dob)));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Issue #22, finding 9: as the OpenAPI document says, an agency's key may match a date of birth, as its session may. */
    @Test
    void anAgencysKeyMatchesADateOfBirthAndAllItsKeysShareTheDailyCount() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Dob", "Keyholder");
        fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Bea", "Born", BORN);
        String key = keys.create(admin, "billing system").secret();

        HttpResponse<String> match = birthDateMatch(key, person.getNumber(), BORN);
        assertEquals(200, match.statusCode(), match.body());
        assertTrue(match.body().contains("\"dateOfBirthMatches\":true"), match.body());
        assertTrue(birthDateMatch(key, person.getNumber(), BORN.plusDays(1)).body().contains("\"dateOfBirthMatches\":false"));
        assertEquals(403, birthDateMatch(null, person.getNumber(), BORN).statusCode(), "no key, no session: not an agency");

        String secondKey = keys.create(admin, "second system").secret();
        for (int check = 3; check <= 5; check++) {
            assertEquals(200, birthDateMatch(secondKey, person.getNumber(), BORN.plusDays(check)).statusCode());
        }
        assertEquals(429, birthDateMatch(secondKey, person.getNumber(), BORN).statusCode(), "five a day for the agency, whatever the key");
    }

    @Test
    void theOpenApiDocumentDescribesTheCheck() throws Exception {
        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/openapi"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/v1/eligibility-checks"), "the path is documented");
        assertTrue(openapi.body().contains("EligibilityQuestion") && openapi.body().contains("agencyKey"));
    }
}
