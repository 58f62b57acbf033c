package org.peercert.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.certificate.credential.CredentialFixtures.HOLDER;
import static org.peercert.certificate.credential.CredentialFixtures.NUMBER;
import static org.peercert.certificate.credential.CredentialFixtures.REVOCATION_URL;
import static org.peercert.certificate.credential.CredentialFixtures.STANDING_URL;
import static org.peercert.certificate.credential.CredentialFixtures.certificate;
import static org.peercert.certificate.credential.CredentialFixtures.header;
import static org.peercert.certificate.credential.CredentialFixtures.object;
import static org.peercert.certificate.credential.CredentialFixtures.payload;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-TRN-3, #27: a certificate as an Open Badges 3.0 credential in OB 3.0's JWT proof format, with its one status entry. */
class CredentialIssuerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");

    private final PortalKey key = PortalKey.generate();
    private final CredentialIssuer issuer = CredentialFixtures.issuer(key);

    @Test
    void headerHoldsOnlyAlgAKidUrlEndingInTheKeysThumbprintAndTypJwt() {
        Map<String, Object> header = header(issuer.issue(certificate(), NOW));

        assertEquals(Map.of("alg", "ES256", "kid", CredentialFixtures.KEYS_URL + "/" + key.keyId(), "typ", "JWT"), header,
                "Open Badges 3.0 allows no other JOSE header");
    }

    @Test
    void registeredClaimsMirrorTheCredential() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        assertEquals(CredentialFixtures.ISSUER_ID, credential.get("iss"));
        assertEquals(credential.get("id"), credential.get("jti"));
        assertEquals(object(credential, "credentialSubject").get("id"), credential.get("sub"));
        assertEquals("https://portal.example/verify?number=PS-CPS-2026-000123#holder", credential.get("sub"));
        assertEquals(Instant.parse("2026-03-02T00:00:00Z").getEpochSecond(), ((Number) credential.get("nbf")).longValue());
        assertEquals(Instant.parse("2029-03-01T23:59:59Z").getEpochSecond(), ((Number) credential.get("exp")).longValue());
    }

    /** The required members and types of the OB 3.0 data model (AchievementCredential, Profile, AchievementSubject, Achievement). */
    @Test
    void payloadHasEveryMemberOpenBadges30RequiresWithItsType() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        for (String member : List.of("id", "name", "validFrom")) {
            assertTrue(credential.get(member) instanceof String, member);
        }
        assertTrue(((List<?>) credential.get("@context")).size() >= 2);
        assertTrue(((List<?>) credential.get("type")).containsAll(List.of("VerifiableCredential", "OpenBadgeCredential")));
        Map<String, Object> issuerProfile = object(credential, "issuer");
        assertTrue(issuerProfile.get("id") instanceof String && ((List<?>) issuerProfile.get("type")).contains("Profile"));
        Map<String, Object> subject = object(credential, "credentialSubject");
        assertTrue(((List<?>) subject.get("type")).contains("AchievementSubject"));
        Map<String, Object> achievement = object(subject, "achievement");
        for (String member : List.of("id", "description", "name")) {
            assertTrue(achievement.get(member) instanceof String, "achievement." + member);
        }
        assertTrue(((List<?>) achievement.get("type")).contains("Achievement"));
        assertTrue(object(achievement, "criteria").get("narrative") instanceof String);
        assertTrue(credential.get("credentialStatus") instanceof Map<?, ?>, "one status object, not a list");
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
    void issuerIsTheOfficesProfileWithItsContactDetails() {
        Map<String, Object> issuerProfile = object(payload(issuer.issue(certificate(), NOW)), "issuer");

        assertEquals(Map.of("id", CredentialFixtures.ISSUER_ID, "type", List.of("Profile"), "name", "PeerCert State Certification Office",
                "url", "https://portal.example/", "email", "certification@portal.example", "phone", "785-555-0100"), issuerProfile);
    }

    @Test
    void theIssuerIsTheConfiguredOfficeInTheProfileAndTheDescription() {
        IssuerProfile sunflower = new IssuerProfile(CredentialFixtures.ISSUER_ID, "Sunflower Peer Certification Board", "https://portal.example/",
                null, " ");
        CredentialIssuer board = new CredentialIssuer(key, sunflower, CredentialFixtures.KEYS_URL, CredentialFixtures.ACHIEVEMENT_URL,
                CredentialFixtures.VERIFY_URL, java.time.ZoneOffset.UTC);

        String jws = board.issue(certificate(), NOW);

        assertEquals("Sunflower Peer Certification Board", object(payload(jws), "issuer").get("name"));
        assertTrue(payload(jws).toString().contains("issued by the Sunflower Peer Certification Board."), payload(jws).toString());
        assertFalse(object(payload(jws), "issuer").containsKey("email"), "no contact detail the office has not given");
        assertFalse(object(payload(jws), "issuer").containsKey("phone"));
    }

    @Test
    void validFromIsTheIssueDayAndValidUntilTheEndOfTheExpiryDay() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        assertEquals("2026-03-02T00:00:00Z", credential.get("validFrom"));
        assertEquals("2029-03-01T23:59:59Z", credential.get("validUntil"));
    }

    @Test
    void datesFollowThePortalsZoneWhenGivenOne() {
        CredentialIssuer chicago = new CredentialIssuer(key, CredentialFixtures.OFFICE, CredentialFixtures.KEYS_URL,
                CredentialFixtures.ACHIEVEMENT_URL, CredentialFixtures.VERIFY_URL, ZoneId.of("America/Chicago"));

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
        assertEquals(Set.of("id", "type", "name", "identifier", "licenseNumber", "achievement"), subject.keySet());
        Map<String, Object> withoutIssuer = payload(credential);
        withoutIssuer.remove("issuer");
        String text = JSONObjectUtils.toJSONString(withoutIssuer).toLowerCase(Locale.ROOT);
        for (String personal : List.of("birth", "dob", "address", "email", "phone", "street")) {
            assertFalse(text.contains(personal), personal);
        }
    }

    @Test
    void statusIsOneTwoBitMessageEntryWhoseMessagesNameValidSuspendedAndRevoked() {
        Map<String, Object> credential = payload(issuer.issue(certificate(), NOW));

        assertEquals(Map.of("id", STANDING_URL + "#17", "type", "BitstringStatusListEntry", "statusPurpose", "message",
                "statusListIndex", "17", "statusSize", 2L, "statusListCredential", STANDING_URL,
                "statusMessage", List.of(Map.of("status", "0x0", "message", "valid"), Map.of("status", "0x1", "message", "suspended"),
                        Map.of("status", "0x2", "message", "revoked"), Map.of("status", "0x3", "message", "revoked"))),
                credential.get("credentialStatus"));
    }

    @Test
    void statusListCredentialIsASignedBitstringStatusListCredential() {
        StatusList list = new StatusList(2 * StatusList.MINIMUM_SIZE);
        list.setValue(17, 2, Standing.SUSPENDED.value());

        String signed = issuer.statusListCredential(STANDING_URL, "message", list, NOW);

        assertEquals(Map.of("alg", "ES256", "kid", CredentialFixtures.KEYS_URL + "/" + key.keyId(), "typ", "JWT"), header(signed));
        Map<String, Object> credential = payload(signed);
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), credential.get("@context"));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), credential.get("type"));
        assertEquals(STANDING_URL, credential.get("id"));
        assertEquals(CredentialFixtures.ISSUER_ID, credential.get("issuer"));
        assertEquals(CredentialFixtures.ISSUER_ID, credential.get("iss"));
        assertEquals(STANDING_URL, credential.get("jti"));
        assertEquals("2026-03-02T15:30:00Z", credential.get("validFrom"));
        assertEquals(NOW.getEpochSecond(), ((Number) credential.get("nbf")).longValue());
        Map<String, Object> subject = object(credential, "credentialSubject");
        assertEquals(STANDING_URL + "#list", subject.get("id"));
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals("message", subject.get("statusPurpose"));
        StatusList published = StatusList.decode((String) subject.get("encodedList"));
        assertEquals(list, published);
        assertEquals(Standing.SUSPENDED, Standing.of(published.value(17, 2)));
        assertEquals(Standing.VALID, Standing.of(published.value(16, 2)));
    }

    @Test
    void statusListPurposeIsOneThePortalPublishes() {
        assertThrows(IllegalArgumentException.class, () -> issuer.statusListCredential(STANDING_URL, "refresh", new StatusList(), NOW));
        assertThrows(IllegalArgumentException.class, () -> issuer.statusListCredential("/relative", "message", new StatusList(), NOW));
    }

    @Test
    void urlsAreBuiltFromTheTemplatesWithTheValuesEncoded() {
        assertEquals("https://portal.example/verify?number=PS-CPS-2026-000123", issuer.verifyUrl(NUMBER));
        assertEquals("https://portal.example/verify?number=A%26B+C", issuer.verifyUrl("A&B C"));
        assertEquals("https://portal.example/certificate/track/PPS", issuer.achievementUrl("PPS"));
    }

    @Test
    void refusesARelativeIssuerIdOrATemplateWithoutItsPlaceholder() {
        IssuerProfile office = CredentialFixtures.OFFICE;
        IssuerProfile relative = new IssuerProfile("portal.example", office.name(), office.url(), null, null);
        String keysUrl = CredentialFixtures.KEYS_URL;
        String achievementUrl = CredentialFixtures.ACHIEVEMENT_URL;
        String verifyUrl = CredentialFixtures.VERIFY_URL;
        ZoneId utc = ZoneId.of("UTC");

        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, relative, keysUrl, achievementUrl, verifyUrl, utc));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, office, "/keys", achievementUrl, verifyUrl, utc));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, office, keysUrl, "https://portal.example/track", verifyUrl, utc));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuer(key, office, keysUrl, achievementUrl, "https://portal.example/verify", utc));
    }

    @Test
    void claimsRefuseAnUnknownTrackAndAnExpiryBeforeTheIssueDay() {
        CertificateClaims valid = certificate();

        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims(NUMBER, HOLDER, "XYZ", "Other", 40, valid.issuedOn(),
                valid.expiresOn(), valid.standing()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims(NUMBER, HOLDER, "CPS", "Certified Peer Specialist", 40,
                valid.issuedOn(), LocalDate.of(2026, 3, 1), valid.standing()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims.StatusEntry(REVOCATION_URL, -1));
        assertThrows(IllegalArgumentException.class, () -> new CertificateClaims(" ", HOLDER, "CPS", "Certified Peer Specialist", 40,
                valid.issuedOn(), valid.expiresOn(), valid.standing()));
    }
}
