package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.CertificationApplication;
import org.peercert.certificate.credential.CredentialService;
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

    @Test
    void theKeyAndTheStatusListsArePublishedForAnyVerifier() {
        PortalClient anyone = new PortalClient();
        PortalClient.Page keys = anyone.get("/api/v1/credentials/keys");
        assertEquals(200, keys.status());
        assertTrue(keys.body().contains("\"kty\":\"EC\"") && keys.body().contains("\"crv\":\"P-256\""), keys.body());
        assertFalse(keys.body().contains("\"d\""), "never the private key");

        PortalClient.Page list = anyone.get("/api/v1/credentials/status/revocation/0");
        assertEquals(200, list.status());
        assertTrue(list.body().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "a compact JWS");
        assertEquals(404, anyone.get("/api/v1/credentials/status/other/0").status());
        assertEquals(404, anyone.get("/api/v1/credentials/status/revocation/x").status());
    }
}
