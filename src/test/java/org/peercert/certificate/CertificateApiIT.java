package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.applications.CertificationApplication;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.PdfContent;
import org.peercert.testing.PortalClient;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** The public verification API and pages over HTTP: the public fields only, problem+json for every refusal, the throttle. */
@ExtendWith(ArquillianExtension.class)
class CertificateApiIT {

    private static final String STAFF = TestAccounts.STAFF;
    private static final LocalDate BORN = LocalDate.of(1979, 11, 2);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CertificateService certificates;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    TestAccounts people;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private String issued(String first, String last) {
        return certificates.issue(fixtures.readyForCertificate(first, last, BORN).getId(), STAFF).getNumber();
    }

    @Test
    void aCertificateIsAnsweredWithItsPublicFieldsAndNothingPrivate() throws Exception {
        String number = issued("Quinn", "Apitest");

        HttpResponse<String> response = get("/api/v1/certificates/" + number.toLowerCase());

        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        String body = response.body();
        assertTrue(body.contains("\"number\":\"" + number + "\""), body);
        assertTrue(body.contains("\"holderName\":\"Quinn Apitest\""), body);
        assertTrue(body.contains("\"status\":\"ACTIVE\"") && body.contains("\"valid\":true"), body);
        assertTrue(body.contains("\"verificationUrl\":\"" + Deployments.url("/verify/" + number) + "\""), body);
        assertTrue(body.contains("\"issuedOn\":\"" + PortalTime.today() + "\""), "dates as ISO strings: " + body);
        assertFalse(body.contains("null"), "absent fields are left out: " + body);
        for (String secret : new String[]{"1979-11-02", "Elm Street", "Topeka", "66601", "785-555", "@example.org", "dateOfBirth\""}) {
            assertFalse(body.contains(secret), "the API must not show " + secret + ": " + body);
        }

        HttpResponse<String> byName = get("/verify.xhtml?last=apitest&first=qu");
        assertTrue(byName.body().contains(number) && byName.body().contains("Quinn Apitest"), "a bookmarkable name search");
        assertEquals("{\"status\":\"UP\"}", get("/api/v1/health").body());
    }

    @Test
    void unknownMalformedAndHostileNumbersAreProblemDetailsNeverErrors() throws Exception {
        HttpResponse<String> unknown = get("/api/v1/certificates/PS-CPS-1999-999999");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", contentType(unknown));
        assertTrue(unknown.body().contains("\"type\":\"urn:peercert:problem:certificate-not-found\""), unknown.body());
        assertTrue(unknown.body().contains("\"status\":404"), unknown.body());

        for (String hostile : new String[]{"%27%20OR%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "PS-" + "9".repeat(60)}) {
            HttpResponse<String> response = get("/api/v1/certificates/" + hostile);
            assertEquals(400, response.statusCode(), hostile);
            assertEquals("application/problem+json", contentType(response), hostile);
            assertTrue(response.body().contains("urn:peercert:problem:malformed-certificate-number"), response.body());
        }

        HttpResponse<String> noSuchPath = get("/api/v1/nothing-here");
        assertEquals(404, noSuchPath.statusCode());
        assertEquals("application/problem+json", contentType(noSuchPath));
    }

    @Test
    void onlyAnAgencyMayMatchADateOfBirthAndLearnsOnlyWhetherItMatches() throws Exception {
        String number = issued("Rowan", "Birthdate");

        HttpResponse<String> anonymous = get("/api/v1/certificates/" + number + "?dob=1979-11-02");
        assertEquals(403, anonymous.statusCode());
        assertEquals("application/problem+json", contentType(anonymous));

        PortalClient agency = new PortalClient();
        agency.signIn(people.create(Role.AGENCY_ADMIN, "Ari", "Agency"), TestAccounts.PASSWORD);
        PortalClient.Page match = agency.get("/api/v1/certificates/" + number + "?dob=1979-11-02");
        assertEquals(200, match.status(), match.body());
        assertTrue(match.body().contains("\"dateOfBirthMatches\":true"), match.body());
        PortalClient.Page noMatch = agency.get("/api/v1/certificates/" + number + "?dob=1979-11-03");
        assertTrue(noMatch.body().contains("\"dateOfBirthMatches\":false"), noMatch.body());
        assertFalse(noMatch.body().contains("1979-11-02"), "never the stored date");
        assertEquals(400, agency.get("/api/v1/certificates/" + number + "?dob=02/11/1979").status());
        assertEquals(2, data.auditActionsAbout(number).stream().filter("CERTIFICATE_BIRTH_DATE_CHECKED"::equals).count());
        for (int guess = 4; guess <= 6; guess++) {
            assertEquals(200, agency.get("/api/v1/certificates/" + number + "?dob=1979-11-0" + guess).status());
        }
        PortalClient.Page sixth = agency.get("/api/v1/certificates/" + number + "?dob=1979-11-07");
        assertEquals(429, sixth.status(), "the configured 5 checks a day per certificate, so a date of birth cannot be guessed");
        assertTrue(sixth.body().contains("urn:peercert:problem:too-many-birth-date-checks"), sixth.body());
    }

    /** The page a wallet card's QR code opens on a phone: its page and its scripts and styles come compressed. */
    @Test
    void thePublicVerificationPageAndItsResourcesAreSentCompressed() throws Exception {
        HttpResponse<byte[]> page = gzipped("/verify");
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""), "the page itself");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("Check a certificate"), "and it unpacks to the page");
        // #24: a QR scan on a slow phone network waits for this page and its one style sheet, no script framework.
        assertFalse(html.contains("primefaces") || html.contains("<script"), html);
        assertTrue(page.body().length < 4_000, "a few kB compressed: " + page.body().length);
        HttpResponse<byte[]> script = gzipped("/jakarta.faces.resource/components.js.xhtml?ln=primefaces");
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""), "the largest script");
        assertTrue(script.body().length < 200_000, "about a fifth of its 536 kB: " + script.body().length);
        assertEquals("", http.send(HttpRequest.newBuilder(URI.create(Deployments.url("/verify"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).headers().firstValue("Content-Encoding").orElse(""),
                "a client that does not ask for gzip gets plain text");
    }

    private HttpResponse<byte[]> gzipped(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.url(path))).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theOpenApiDocumentDescribesTheVerificationEndpointFromItsAnnotations() throws Exception {
        HttpResponse<String> response = get("/api/openapi?format=JSON");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/certificates/{number}"), response.body());
        assertTrue(response.body().contains("application/problem+json"), response.body());
        assertTrue(response.body().contains("\"Certificate\""), response.body());
        assertTrue(response.body().matches("(?s).*\"contact\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"" + TestAccounts.OFFICE_NAME + "\".*"),
                "#28: the office is the contact: " + response.body());
    }

    @Test
    void theQrCodeOnTheHoldersPdfOpensTheVerificationPageAndOnlyTheHolderAndStaffGetThePdf() throws Exception {
        CertificationApplication application = fixtures.readyForCertificate("Taylor", "Qrcode", BORN);
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        PortalClient holder = new PortalClient();
        holder.signIn(data.emailOfApplicant(application.getApplicantId()), "correct horse battery");

        HttpResponse<byte[]> wall = holder.download("/certificates/pdf?number=" + certificate.getNumber() + "&kind=wall");
        assertEquals(200, wall.statusCode());
        assertEquals("application/pdf", wall.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename*=UTF-8''" + certificate.getNumber() + "-certificate.pdf",
                wall.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", wall.headers().firstValue("X-Content-Type-Options").orElse(""));
        String url = PdfContent.qrCode(wall.body());
        assertEquals(Deployments.url("/verify/" + certificate.getNumber()), url);
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(opened.body().contains("Taylor Qrcode") && opened.body().contains("Active: valid for practice"), opened.body());

        certificates.suspend(certificate.getId(), STAFF, "Complaint under review", null);
        HttpResponse<byte[]> card = holder.download("/certificates/pdf?number=" + certificate.getNumber() + "&kind=card");
        assertEquals(200, card.statusCode());
        try (PDDocument pdf = Loader.loadPDF(card.body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("SUSPENDED"), "made from the current data");
        }

        PortalClient stranger = new PortalClient();
        stranger.signIn(fixtures.applicant(BORN), "correct horse battery");
        assertEquals(403, stranger.download("/certificates/pdf?number=" + certificate.getNumber() + "&kind=wall").statusCode());
        PortalClient staff = new PortalClient();
        staff.signIn(STAFF, TestAccounts.PASSWORD);
        assertEquals(200, staff.download("/certificates/pdf?number=" + certificate.getNumber() + "&kind=wall").statusCode());
        int anonymous = new PortalClient().download("/certificates/pdf?number=" + certificate.getNumber() + "&kind=wall").statusCode();
        assertTrue(anonymous == 302 || anonymous == 401 || anonymous == 403, "anonymous: " + anonymous);
    }

    @Test
    void theQrCodeAddressShowsTheCertificateToAnyone() throws Exception {
        String number = issued("Sasha", "Qrpage");

        HttpResponse<String> page = get("/verify/" + number);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Sasha Qrpage"), page.body());
        assertTrue(page.body().contains("Active: valid for practice"));
        assertFalse(page.body().contains("1979-11-02"));

        HttpResponse<String> unknown = get("/verify/PS-CPS-1999-999998");
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("No certificate has the number PS-CPS-1999-999998"), unknown.body());
        HttpResponse<String> script = get("/verify.xhtml?number=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertFalse(script.body().contains("<script>alert(1)</script>"), "typed input is escaped");
        assertTrue(script.body().contains("That is not a certificate number"), script.body());
    }
}
