package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.CertificationApplication;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.certificate.credential.PortalKey;
import org.peercert.certificate.credential.Verdict;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalClient;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** The certificate as a verifiable credential: the holder downloads it; any verifier sees its signature and current status. */
@ExtendWith(ArquillianExtension.class)
class CredentialIT {

    private static final String STAFF = TestAccounts.STAFF;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CertificateService certificates;

    @Inject
    CredentialService credentials;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void theHoldersCredentialVerifiesAndFollowsSuspensionReinstatementAndRevocation() {
        CertificationApplication application = fixtures.readyForCertificate("Devon", "Credential", LocalDate.of(1990, 1, 2));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        PortalClient holder = new PortalClient();
        holder.signIn(data.emailOfApplicant(application.getApplicantId()), "correct horse battery");

        HttpResponse<byte[]> download = holder.download("/certificates/credential?number=" + certificate.getNumber());
        assertEquals(200, download.statusCode());
        assertEquals(CredentialService.MEDIA_TYPE, download.headers().firstValue("Content-Type").orElse(""));
        String credential = new String(download.body(), StandardCharsets.US_ASCII);

        Verdict valid = credentials.verify(credential);
        assertEquals(Verdict.Outcome.VALID, valid.outcome(), valid.message());
        assertEquals(certificate.getNumber(), valid.certificateNumber());
        assertEquals("Devon Credential", valid.holderName());

        certificates.suspend(certificate.getId(), STAFF, "Complaint under review", null);
        assertEquals(Verdict.Outcome.SUSPENDED, credentials.verify(credential).outcome(), "visible to a verifier at once");
        certificates.reinstate(certificate.getId(), STAFF, null);
        assertEquals(Verdict.Outcome.VALID, credentials.verify(credential).outcome());
        certificates.revoke(certificate.getId(), STAFF, "Misconduct", null);
        assertEquals(Verdict.Outcome.REVOKED, credentials.verify(credential).outcome());

        PortalClient stranger = new PortalClient();
        stranger.signIn(fixtures.applicant(LocalDate.of(1990, 1, 2)), "correct horse battery");
        assertEquals(403, stranger.download("/certificates/credential?number=" + certificate.getNumber()).statusCode());
    }

    @Test
    void aTamperedExpiredOrMeaninglessCredentialIsRefusedWithAReason() {
        Certificate certificate = certificates.issue(fixtures.readyForCertificate("Ellis", "Tamper", LocalDate.of(1991, 3, 4)).getId(), STAFF);
        String credential = credentials.credentialOf(certificate.getNumber(), null, true);
        String[] parts = credential.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Ellis Tamper", "Ellis Tampered");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        Verdict altered = credentials.verify(tampered);
        assertEquals(Verdict.Outcome.BAD_SIGNATURE, altered.outcome());
        assertEquals(null, altered.holderName(), "what an altered credential says is never repeated as fact");
        assertEquals(Verdict.Outcome.MALFORMED, credentials.verify("not a credential").outcome());
        assertEquals(Verdict.Outcome.MALFORMED, credentials.verify("x".repeat(50_000)).outcome());

        clock.set(certificate.getExpiresOn().plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertEquals(Verdict.Outcome.EXPIRED, credentials.verify(credential).outcome());
        clock.release();
    }

    /** #27: from the credential alone, a verifier on another site finds the issuer, the key and the status list. */
    @Test
    void aVerifierOnAnotherSiteFindsTheIssuerTheKeyAndTheStatusFromTheCredentialAlone() throws Exception {
        Certificate certificate = certificates.issue(fixtures.readyForCertificate("Finley", "Verifier", LocalDate.of(1992, 5, 6)).getId(), STAFF);
        String credential = credentials.credentialOf(certificate.getNumber(), null, true);
        Map<String, Object> header = JSONObjectUtils.parse(decoded(credential.split("\\.")[0]));
        Map<String, Object> payload = JSONObjectUtils.parse(decoded(credential.split("\\.")[1]));

        HttpResponse<String> key = fromAnotherSite((String) header.get("kid"), "application/jwk+json");
        assertEquals(200, key.statusCode());
        Map<String, Object> jwk = JSONObjectUtils.parse(key.body());
        assertEquals("P-256", jwk.get("crv"));
        assertFalse(jwk.containsKey("d"), "never the private key");
        assertTrue(((String) header.get("kid")).endsWith("/" + jwk.get("kid")));
        assertTrue(JWSObject.parse(credential).verify(new ECDSAVerifier(ECKey.parse(key.body()))), "the kid's key verifies the credential");
        assertReadableFromAnySite(key);

        HttpResponse<String> issuer = fromAnotherSite((String) payload.get("iss"), "application/ld+json");
        assertEquals(200, issuer.statusCode());
        Map<String, Object> profile = JSONObjectUtils.parse(issuer.body());
        assertEquals(payload.get("iss"), profile.get("id"));
        assertEquals(List.of("Profile"), profile.get("type"));
        assertEquals(TestAccounts.OFFICE_NAME, profile.get("name"));
        assertReadableFromAnySite(issuer);

        for (String wellKnown : List.of("/.well-known/jwks.json", "/api/v1/credentials/keys")) {
            HttpResponse<String> keySet = fromAnotherSite(Deployments.url(wellKnown), "application/json");
            assertEquals(200, keySet.statusCode(), wellKnown);
            assertTrue(keySet.body().contains("\"kid\":\"" + jwk.get("kid") + "\""), keySet.body());
            assertFalse(keySet.body().contains("\"d\""));
            assertReadableFromAnySite(keySet);
        }

        @SuppressWarnings("unchecked")
        String listUrl = (String) ((Map<String, Object>) payload.get("credentialStatus")).get("statusListCredential");
        HttpResponse<String> compact = fromAnotherSite(listUrl, "application/vc+jwt");
        assertEquals(200, compact.statusCode());
        assertTrue(compact.body().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "a compact JWS");
        assertReadableFromAnySite(compact);
        for (String jsonForm : List.of("application/json", "application/ld+json")) {
            HttpResponse<String> enveloped = fromAnotherSite(listUrl, jsonForm);
            assertEquals(200, enveloped.statusCode(), jsonForm);
            assertTrue(enveloped.headers().firstValue("Content-Type").orElse("").startsWith(jsonForm));
            Map<String, Object> envelope = JSONObjectUtils.parse(enveloped.body());
            assertEquals("EnvelopedVerifiableCredential", envelope.get("type"));
            assertTrue(((String) envelope.get("id")).startsWith("data:application/vc+jwt,eyJ"), enveloped.body());
        }
        assertEquals(406, fromAnotherSite(listUrl, "text/html").statusCode());
        assertTrue(fromAnotherSite(listUrl, "*/*").body().startsWith("eyJ"), "a client that takes anything gets the compact JWS");

        PortalClient anyone = new PortalClient();
        assertEquals(200, anyone.get("/api/v1/credentials/status/revocation/0").status(), "credentials issued before 2027 still find their lists");
        assertEquals(404, anyone.get("/api/v1/credentials/status/other/0").status());
        assertEquals(404, anyone.get("/api/v1/credentials/status/message/x").status());
        assertEquals(404, anyone.get("/api/v1/credentials/keys/" + PortalKey.generate().keyId()).status());
        assertReadableFromAnySite(fromAnotherSite(Deployments.url("/api/v1/certificates/" + certificate.getNumber()), "application/json"));
    }

    /** #27 key rotation: a credential signed with an earlier key of the portal still verifies, and its key is still published. */
    @Test
    void aCredentialSignedBeforeAKeyRotationStillVerifies() throws Exception {
        Certificate certificate = certificates.issue(fixtures.readyForCertificate("Gale", "Rotation", LocalDate.of(1993, 7, 8)).getId(), STAFF);
        String current = credentials.credentialOf(certificate.getNumber(), null, true);
        PortalKey earlier = PortalKey.generate();
        Map<String, Object> payload = JSONObjectUtils.parse(decoded(current.split("\\.")[1]));
        JWSHeader earlierHeader = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                .keyID(Deployments.url("/api/v1/credentials/keys/" + earlier.keyId())).build();
        JWSObject signedEarlier = new JWSObject(earlierHeader, new Payload(JSONObjectUtils.toJSONString(payload)));
        signedEarlier.sign(new ECDSASigner(ECKey.parse(earlier.toJwk())));

        assertEquals(Verdict.Outcome.BAD_SIGNATURE, credentials.verify(signedEarlier.serialize()).outcome(), "a key the portal never used");
        data.recordEarlierSigningKey(earlier.keyId(), earlier.publicJwk());
        try {
            Verdict verdict = credentials.verify(signedEarlier.serialize());
            assertEquals(Verdict.Outcome.VALID, verdict.outcome(), verdict.message());
            assertTrue(new PortalClient().get("/.well-known/jwks.json").body().contains(earlier.keyId()));
            assertEquals(200, new PortalClient().get("/api/v1/credentials/keys/" + earlier.keyId()).status());
        } finally {
            data.forgetSigningKey(earlier.keyId());
        }
    }

    private static HttpResponse<String> fromAnotherSite(String url, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Origin", "https://verifier.example").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertReadableFromAnySite(HttpResponse<String> response) {
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), response.uri().toString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never with credentials");
    }

    private static String decoded(String base64Url) {
        return new String(java.util.Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
    }
}
