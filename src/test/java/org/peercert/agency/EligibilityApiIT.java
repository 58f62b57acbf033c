package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.peercert.testing.MovableClock;
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

    @Inject
    MovableClock clock;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate BORN = LocalDate.of(1988, 4, 2);

    private static HttpResponse<String> post(String key, String json) throws Exception {
        return post(key, json, null);
    }

    private static HttpResponse<String> post(String key, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url("/api/v1/eligibility-checks")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String key) throws Exception {
        return get(key, "/api/v1/eligibility-checks?limit=5");
    }

    private static HttpResponse<String> get(String key, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The errors of an invalid-request problem, as pointer (or parameter) to detail. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(HttpResponse<String> response) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        Map<String, Object> problem = JSONObjectUtils.parse(response.body());
        assertEquals("urn:peercert:problem:invalid-request", problem.get("type"), response.body());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (Object error : (List<Object>) problem.get("errors")) {
            Map<String, Object> e = (Map<String, Object>) error;
            errors.put((String) (e.get("pointer") != null ? e.get("pointer") : e.get("parameter")), (String) e.get("detail"));
        }
        return errors;
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
        assertTrue(yes.body().contains("\"jurisdiction\":\"" + agency.getState() + "\"") && yes.body().contains("\"ruleId\":"),
                "#32: the answer names the rule table it used: " + yes.body());
        assertTrue(yes.body().contains("\"rule\":\"R-SUP-1\"") && yes.body().contains("\"expectedReimbursement\":47.00"), yes.body());

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
        assertEquals(Map.of("/serviceDate", "Give a date as YYYY-MM-DD.", "/units", "This field is required."), fieldErrors(badDate),
                "#32: every wrong field at once");

        HttpResponse<String> listed = get(key);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"total\":1") && listed.body().contains(person.getNumber()), listed.body());
    }

    /** #32: a misspelt field is refused, never answered as if it had not been sent; each wrong field is named with its pointer. */
    @Test
    void strictInputNamesEveryWrongFieldAtOnce() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Strict", "Admin");
        fixtures.agency(admin, true);
        String key = keys.create(admin, "billing system").secret();

        Map<String, String> misspelt = fieldErrors(post(key, "{\"certificateNumber\":\"PS-CPS-2026-000001\",\"jurisdicton\":\"ID\","
                + "\"code\":\"H0038\",\"serviceDate\":\"2026-12-01\",\"consumerDateOfBirth\":\"1990-01-01\",\"units\":\"four\"}"));
        assertEquals(Map.of("/jurisdicton", "Unknown field; did you mean jurisdiction?", "/units", "Give a whole number here."), misspelt);

        Map<String, String> outOfRange = fieldErrors(post(key, "{\"certificateNumber\":\"x\",\"code\":\"H0038\",\"serviceDate\":\"2026-12-01\","
                + "\"consumerDateOfBirth\":\"1990-01-01\",\"units\":-4294967291,\"groupHoursThisYear\":1E500000000}"));
        assertEquals(java.util.Set.of("/units", "/groupHoursThisYear"), outOfRange.keySet(),
                "a number that would wrap round to 5 units, or one of half a billion digits, is refused before any arithmetic");

        Map<String, String> empty = fieldErrors(post(key, "{}"));
        assertEquals(java.util.Set.of("/certificateNumber", "/code", "/serviceDate", "/consumerDateOfBirth", "/units"), empty.keySet());
        assertEquals(Map.of("", "Send the question as one JSON object."), fieldErrors(post(key, "[1, 2]")));
        assertEquals(Map.of("/modifiers", "Give a list of texts here, e.g. [\"HQ\"].", "/units", "Give a whole number of at least 1."),
                fieldErrors(post(key, "{\"certificateNumber\":\"x\",\"code\":\"H0038\",\"serviceDate\":\"2026-12-01\","
                        + "\"consumerDateOfBirth\":\"1990-01-01\",\"units\":0,\"modifiers\":\"HQ\"}")));

        assertEquals(Map.of("limit", "Give a whole number from 1 to 200.", "offset", "Give a whole number from 0 on."),
                fieldErrors(get(key, "/api/v1/eligibility-checks?limit=1000&offset=-5")), "bounds are refused, not clamped");
        assertEquals(Map.of("since", "Give a date as YYYY-MM-DD."), fieldErrors(get(key, "/api/v1/eligibility-checks?since=yesterday")));
    }

    /** #32: Location and GET by id; a retried POST with the same Idempotency-Key returns the first answer and records nothing. */
    @Test
    void aRetriedCheckWithItsIdempotencyKeyIsAnsweredOnceAndCanBeReadBack() throws Exception {
        String admin = "retry-" + java.util.UUID.randomUUID() + "@example.org";
        String number = fixtures.supervisedAgency(admin, "retry-sup-" + java.util.UUID.randomUUID() + "@example.org", "Rory", "Retry", BORN)
                .certificateNumber();
        String key = keys.create(admin, "billing system").secret();
        String question = question(number, "H0038", "", LocalDate.of(1960, 1, 1));

        HttpResponse<String> first = post(key, question, "claim-4711");
        HttpResponse<String> retried = post(key, question, "claim-4711");

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retried.statusCode(), retried.body());
        String location = first.headers().firstValue("Location").orElseThrow();
        assertEquals(location, retried.headers().firstValue("Location").orElseThrow(), "the same check");
        assertEquals("true", retried.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(JSONObjectUtils.parse(first.body()), JSONObjectUtils.parse(retried.body()));
        assertTrue(get(key).body().contains("\"total\":1"), "recorded once");

        HttpResponse<String> readBack = get(key, URI.create(location).getPath());
        assertEquals(200, readBack.statusCode(), readBack.body());
        assertEquals(JSONObjectUtils.parse(first.body()), JSONObjectUtils.parse(readBack.body()));
        assertEquals(404, get(key, "/api/v1/eligibility-checks/999999999").statusCode());

        HttpResponse<String> otherQuestion = post(key, question(number, "H0038", "", LocalDate.of(1961, 1, 1)), "claim-4711");
        assertEquals(422, otherQuestion.statusCode(), otherQuestion.body());
        assertTrue(otherQuestion.body().contains("urn:peercert:problem:idempotency-key-reused"));
        assertEquals(Map.of("Idempotency-Key", "Give at most 100 visible characters."), fieldErrors(post(key, question, "x".repeat(101))));
    }

    /** #32: a read-only key reads but cannot record a check; a key stops working after its last day. */
    @Test
    void aReadOnlyKeyOnlyReadsAndAKeyEndsOnItsLastDay() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Scoped", "Admin");
        fixtures.agency(admin, true);
        String readOnly = keys.create(admin, "reporting", null, true).secret();
        String shortLived = keys.create(admin, "pilot", PortalTime.today().plusDays(1), false).secret();

        assertEquals(200, get(readOnly).statusCode());
        HttpResponse<String> recording = post(readOnly, question("PS-CPS-2026-000001", "H0038", "", LocalDate.of(1960, 1, 1)));
        assertEquals(403, recording.statusCode());
        assertTrue(recording.body().contains("urn:peercert:problem:api-key-read-only"), recording.body());
        assertThrows(org.peercert.agency.AgencyProblem.class, () -> keys.create(admin, "yesterday", PortalTime.today(), false),
                "a last day must lie after today");

        assertEquals(200, get(shortLived).statusCode());
        clock.set(PortalTime.now().plus(java.time.Duration.ofDays(2)));
        try {
            assertEquals(401, get(shortLived).statusCode(), "past its last day");
            assertEquals(200, get(readOnly).statusCode(), "a key without a last day still works");
        } finally {
            clock.release();
        }
    }

    /** #26: an agency makes at most the configured number of keys in 24 hours (10), revoked ones counted; a day later, more. */
    @Test
    void anAgencyMakesAtMostTenKeysADay() {
        String admin = people.create(Role.AGENCY_ADMIN, "Many", "Keys");
        fixtures.agency(admin, true);
        for (int i = 1; i <= 10; i++) {
            keys.revoke(admin, keys.create(admin, "system " + i).key().getId());
        }
        org.peercert.agency.AgencyProblem refused = assertThrows(org.peercert.agency.AgencyProblem.class, () -> keys.create(admin, "one more"));
        assertEquals("apiKey.tooMany", refused.messageKey());
        assertEquals(10, refused.arguments()[0]);
        clock.set(PortalTime.now().plus(java.time.Duration.ofHours(25)));
        try {
            assertTrue(keys.create(admin, "the next day").secret().startsWith("pck_"));
        } finally {
            clock.release();
        }
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

    /** #32: the document is the contract: operation ids, the server, security per operation, schemas, every answer, the problem types. */
    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentIsTheContract() throws Exception {
        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/openapi?format=JSON"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        Map<String, Object> document = JSONObjectUtils.parse(openapi.body());
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");

        Map<String, String> operationIds = new java.util.TreeMap<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                operationIds.put(operation.getKey() + " " + path.getKey(), (String) op.get("operationId"));
                assertTrue(op.containsKey("security"), "security declared on " + path.getKey());
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                assertTrue(responses.containsKey("406") && responses.containsKey("500"), path.getKey() + " " + responses.keySet());
            }
        }
        assertEquals("checkEligibility", operationIds.get("post /api/v1/eligibility-checks"));
        assertEquals("listEligibilityChecks", operationIds.get("get /api/v1/eligibility-checks"));
        assertEquals("getEligibilityCheck", operationIds.get("get /api/v1/eligibility-checks/{id}"));
        assertEquals("verifyCertificate", operationIds.get("get /api/v1/certificates/{number}"));
        assertFalse(operationIds.containsValue(null), "every operation has an id: " + operationIds);

        Map<String, Object> publicLookup = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/certificates/{number}")).get("get");
        assertEquals(List.of(Map.of(), Map.of("agencyKey", List.of())), publicLookup.get("security"), "public, and takes the agency key");
        Map<String, Object> health = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/health")).get("get");
        assertEquals(List.of(), health.get("security"));
        assertEquals(Deployments.url("/").replaceAll("/+$", ""), ((Map<String, Object>) ((List<Object>) document.get("servers")).get(0)).get("url"));

        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        assertTrue(((List<Object>) ((Map<String, Object>) schemas.get("EligibilityCheckList")).get("required")).contains("checks"));
        assertTrue(((List<Object>) ((Map<String, Object>) schemas.get("EligibilityAnswer")).get("required")).contains("jurisdiction"));
        String problemTypes = (String) ((Map<String, Object>) schemas.get("Problem")).get("description");
        assertTrue(problemTypes.contains("urn:peercert:problem:invalid-request") && problemTypes.contains("urn:peercert:problem:not-on-roster"));
        Map<String, Object> info = (Map<String, Object>) document.get("info");
        assertTrue(info.containsKey("contact") && info.containsKey("license"), info.toString());
    }
}
