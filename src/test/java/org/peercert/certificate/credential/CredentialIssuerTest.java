package org.peercert.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.certificate.credential.CredentialFixtures.HOLDER;
import static org.peercert.certificate.credential.CredentialFixtures.NUMBER;
import static org.peercert.certificate.credential.CredentialFixtures.REVOCATION_URL;
import static org.peercert.certificate.credential.CredentialFixtures.SUSPENSION_URL;
import static org.peercert.certificate.credential.CredentialFixtures.certificate;
import static org.peercert.certificate.credential.CredentialFixtures.header;
import static org.peercert.certificate.credential.CredentialFixtures.object;
import static org.peercert.certificate.credential.CredentialFixtures.payload;
import static org.peercert.certificate.credential.CredentialFixtures.payloadText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-TRN-3: a certificate as an Open Badges 3.0 credential, a VC 2.0 secured with JOSE (vc+jwt), with its status lists. */
class CredentialIssuerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");

    private final PortalKey key = PortalKey.generate();
    private final CredentialIssuer issuer = CredentialFixtures.issuer(key);

    @Test
    void headerIsEs256WithThePortalsKeyIdAndTheVcJwtTypes() {
        Map<String, Object> header = header(issuer.issue(certificate(), NOW));

        assertEquals("ES256", header.get("alg"));
        assertEquals(key.keyId(), header.get("kid"));
        assertEquals("vc+jwt", header.get("typ"));
        assertEquals("vc", header.get("cty"));
    }

    @Test
    void payloadIsTheOpenBadgeCredentialItselfWithTheVc2AndOb3Contexts() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                credential.get("@context"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), credential.get("type"));
        assertFalse(credential.containsKey("vc"), "no JWT 'vc' wrapper claim");
        assertEquals("https://portal.example/verify?number=PS-CPS-2026-000123", credential.get("id"));
        assertEquals(NOW.getEpochSecond(), ((Number) credential.get("iat")).longValue());
    }

    @Test
    void issuerIsThePortalsProfile() {
        Map<String, Object> issuerProfile = object(payload(issuer.issue(certificate(), NOW)), "issuer");

        assertEquals("https://portal.example/", issuerProfile.get("id"));
        assertEquals(List.of("Profile"), issuerProfile.get("type"));
        assertEquals("PeerCert State Certification Office", issuerProfile.get("name"));
    }

    @Test
    void theIssuerIsTheConfiguredOfficeInTheProfileAndTheDescription() {
        CredentialIssuer board = new CredentialIssuer(key, CredentialFixtures.ISSUER_ID, "Sunflower Peer Certification Board",
                CredentialFixtures.ACHIEVEMENT_URL, CredentialFixtures.VERIFY_URL, java.time.ZoneOffset.UTC);

        String jws = board.issue(certificate(), NOW);

        assertEquals("Sunflower Peer Certification Board", object(payload(jws), "issuer").get("name"));
        assertTrue(payload(jws).toString().contains("issued by the Sunflower Peer Certification Board."), payload(jws).toString());
    }

    @Test
    void validFromIsTheIssueDayAndValidUntilTheEndOfTheExpiryDay() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        assertEquals("2026-03-02T00:00:00Z", credential.get("validFrom"));
        assertEquals("2029-03-01T23:59:59Z", credential.get("validUntil"));
    }

    @Test
    void datesFollowThePortalsZoneWhenGivenOne() {
        CredentialIssuer chicago = new CredentialIssuer(key, CredentialFixtures.ISSUER_ID, CredentialFixtures.ACHIEVEMENT_URL,
                CredentialFixtures.VERIFY_URL, ZoneId.of("America/Chicago"));

        Map<String, Object> credential = payload(chicago.issue(certificate(), NOW));

        assertEquals("2026-03-02T00:00:00-06:00", credential.get("validFrom"));
        assertEquals("2029-03-01T23:59:59-06:00", credential.get("validUntil"));
    }

    @Test
    void subjectIsTheHolderByNameWithTheCertificateNumberAndTheTrackAchievement() {
        Map<String, Object> subject = object(payload(issuer.issue(certificate(), NOW)), "credentialSubject");

        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        assertEquals(HOLDER, subject.get("name"));
        assertEquals(List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false, "identityHash", HOLDER)),
                subject.get("identifier"));
        assertEquals(NUMBER, subject.get("licenseNumber"));
        Map<String, Object> achievement = object(subject, "achievement");
        assertEquals("https://portal.example/certificate/track/CPS", achievement.get("id"));
        assertEquals(List.of("Achievement"), achievement.get("type"));
        assertEquals("Certified Peer Specialist", achievement.get("name"));
        assertTrue(((String) achievement.get("description")).contains("Certified Peer Specialist"));
    }

    @Test
    void criteriaNameEachRequirementOfRTrn3InPlainWords() {
        Map<String, Object> achievement = object(object(payload(issuer.issue(certificate(), NOW)), "credentialSubject"), "achievement");

        String narrative = (String) object(achievement, "criteria").get("narrative");

        for (String requirement : List.of("eligibility", "40-hour", "written test", "background checks")) {
            assertTrue(narrative.contains(requirement), requirement + " in: " + narrative);
        }
        assertFalse(narrative.contains("R-TRN-3"), "a verifier's wallet shows no internal rule id: " + narrative);
    }

    @Test
    void subjectHoldsNoDateOfBirthAddressOrContactDetails() {
        String credential = issuer.issue(certificate(), NOW);

        Map<String, Object> subject = object(payload(credential), "credentialSubject");
        assertEquals(Set.of("type", "name", "identifier", "licenseNumber", "achievement"), subject.keySet());
        String text = payloadText(credential).toLowerCase(Locale.ROOT);
        for (String personal : List.of("birth", "dob", "address", "email", "phone", "street")) {
            assertFalse(text.contains(personal), personal);
        }
    }

    @Test
    void statusIsARevocationAndASuspensionEntryWithTheIndexAsText() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        assertEquals(List.of(
                Map.of("id", REVOCATION_URL + "#17", "type", "BitstringStatusListEntry", "statusPurpose", "revocation",
                        "statusListIndex", "17", "statusListCredential", REVOCATION_URL),
                Map.of("id", SUSPENSION_URL + "#17", "type", "BitstringStatusListEntry", "statusPurpose", "suspension",
                        "statusListIndex", "17", "statusListCredential", SUSPENSION_URL)), credential.get("credentialStatus"));
    }

    @Test
    void statusListCredentialIsASignedBitstringStatusListCredential() {
        StatusList list = new StatusList();
        list.set(17, true);

        String signed = issuer.statusListCredential(REVOCATION_URL, "revocation", list, NOW);

        assertEquals("vc+jwt", header(signed).get("typ"));
        assertEquals(key.keyId(), header(signed).get("kid"));
        Map<String, Object> credential = payload(signed);
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), credential.get("@context"));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), credential.get("type"));
        assertEquals(REVOCATION_URL, credential.get("id"));
        assertEquals("https://portal.example/", credential.get("issuer"));
        assertEquals("2026-03-02T15:30:00Z", credential.get("validFrom"));
        Map<String, Object> subject = object(credential, "credentialSubject");
        assertEquals(REVOCATION_URL + "#list", subject.get("id"));
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals("revocation", subject.get("statusPurpose"));
        assertEquals(list, StatusList.decode((String) subject.get("encodedList")));
    }

    @Test
    void statusListPurposeIsRevocationOrSuspension() {
        assertThrows(IllegalArgumentException.class, () -> issuer.statusListCredential(REVOCATION_URL, "message", new StatusList(), NOW));
        assertThrows(IllegalArgumentException.class, () -> issuer.statusListCredential("/relative", "revocation", new StatusList(), NOW));
    }

    @Test
    void urlsAreBuiltFromTheTemplatesWithTheValuesEncoded() {
        assertEquals("https://portal.example/verify?number=PS-CPS-2026-000123", issuer.verifyUrl(NUMBER));
        assertEquals("https://portal.example/verify?number=A%26B+C", issuer.verifyUrl("A&B C"));
        assertEquals("https://portal.example/certificate/track/PPS", issuer.achievementUrl("PPS"));
    }

    @Test
    void refusesARelativeIssuerIdOrATemplateWithoutItsPlaceholder() {
        String issuerId = CredentialFixtures.ISSUER_ID;
        String achievementUrl = CredentialFixtures.ACHIEVEMENT_URL;
        String verifyUrl = CredentialFixtures.VERIFY_URL;

        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, "portal.example", achievementUrl, verifyUrl));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, issuerId, "https://portal.example/track", verifyUrl));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, issuerId, achievementUrl, "https://portal.example/verify"));
    }

    @Test
    void claimsRefuseAnUnknownTrackAndAnExpiryBeforeTheIssueDay() {
        CertificateClaims valid = certificate();

        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims(NUMBER, HOLDER, "XYZ", "Other", 40, valid.issuedOn(),
                valid.expiresOn(), valid.revocation(), valid.suspension()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims(NUMBER, HOLDER, "CPS", "Certified Peer Specialist", 40,
                valid.issuedOn(), LocalDate.of(2026, 3, 1), valid.revocation(), valid.suspension()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims.StatusEntry(REVOCATION_URL, -1));
        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims(" ", HOLDER, "CPS", "Certified Peer Specialist", 40,
                valid.issuedOn(), valid.expiresOn(), valid.revocation(), valid.suspension()));
    }
}
