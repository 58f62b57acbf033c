package org.peercert.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.certificate.credential.CredentialFixtures.HOLDER;
import static org.peercert.certificate.credential.CredentialFixtures.INDEX;
import static org.peercert.certificate.credential.CredentialFixtures.NUMBER;
import static org.peercert.certificate.credential.CredentialFixtures.REVOCATION_URL;
import static org.peercert.certificate.credential.CredentialFixtures.STANDING_URL;
import static org.peercert.certificate.credential.CredentialFixtures.SUSPENSION_URL;
import static org.peercert.certificate.credential.CredentialFixtures.certificate;
import static org.peercert.certificate.credential.CredentialFixtures.payload;
import static org.peercert.certificate.credential.CredentialFixtures.payloadText;
import static org.peercert.certificate.credential.CredentialFixtures.withPayload;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peercert.certificate.credential.Verdict.Outcome;

/** The verify page's answer for a presented certificate credential (R-TRN-3): signature, dates, revocation and suspension. */
class CredentialVerifierTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T15:30:00Z");
    private static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");

    private final PortalKey key = PortalKey.generate();
    private final CredentialIssuer issuer = CredentialFixtures.issuer(key);
    private final CredentialVerifier verifier = new CredentialVerifier();
    private final TrustedKeys keys = TrustedKeys.of(key);
    private final StatusList standings = new StatusList(Standing.STATUS_SIZE * StatusList.MINIMUM_SIZE);
    private final StatusList revocations = new StatusList();
    private final StatusList suspensions = new StatusList();
    /** The portal's status list endpoint: each list signed afresh from the current bits. */
    private final Function<String, String> portal = url -> switch (url) {
        case STANDING_URL -> issuer.statusListCredential(url, "message", standings, NOW);
        case REVOCATION_URL -> issuer.statusListCredential(url, "revocation", revocations, NOW);
        case SUSPENSION_URL -> issuer.statusListCredential(url, "suspension", suspensions, NOW);
        default -> null;
    };
    private final String credential = issuer.issue(certificate(), ISSUED);

    @Test
    void anIssuedCredentialIsValid() {
        Verdict verdict = verifier.verify(credential, keys, portal, NOW);

        assertEquals(Outcome.VALID, verdict.outcome());
        assertEquals("The signature is valid and the certificate PS-CPS-2026-000123 is current.", verdict.message());
        assertEquals(NUMBER, verdict.certificateNumber());
        assertEquals(HOLDER, verdict.holderName());
        assertTrue(verdict.isValid());
    }

    @Test
    void aChangedNameIsAnAlteredCredential() {
        String forged = withPayload(credential, payloadText(credential).replace(HOLDER, "Someone Else"));

        Verdict verdict = verifier.verify(forged, keys, portal, NOW);

        assertEquals(Outcome.BAD_SIGNATURE, verdict.outcome());
        assertEquals("The credential has been altered: its signature does not match.", verdict.message());
        assertNull(verdict.certificateNumber(), "nothing from an unsigned payload is shown");
        assertNull(verdict.holderName());
    }

    @Test
    void aLaterExpiryIsAnAlteredCredential() {
        String forged = withPayload(credential, payloadText(credential).replace("2029-03-01T23:59:59Z", "2039-03-01T23:59:59Z"));

        assertEquals(Outcome.BAD_SIGNATURE, verifier.verify(forged, keys, portal, Instant.parse("2030-01-01T00:00:00Z")).outcome());
    }

    @Test
    void anyChangedPayloadCharacterBreaksTheSignature() {
        String[] parts = credential.split("\\.");
        int middle = parts[1].length() / 2;
        char changed = parts[1].charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = parts[0] + "." + parts[1].substring(0, middle) + changed + parts[1].substring(middle + 1) + "." + parts[2];

        assertEquals(Outcome.BAD_SIGNATURE, verifier.verify(tampered, keys, portal, NOW).outcome());
    }

    @Test
    void aCredentialSignedWithAnotherKeyIsRefused() {
        String foreign = CredentialFixtures.issuer(PortalKey.generate()).issue(certificate(), ISSUED);

        Verdict verdict = verifier.verify(foreign, keys, portal, NOW);

        assertEquals(Outcome.BAD_SIGNATURE, verdict.outcome());
        assertEquals("The credential was not signed with this portal's key.", verdict.message());
    }

    @Test
    void anotherKeyClaimingThePortalsKeyIdIsRefused() throws Exception {
        PortalKey other = PortalKey.generate();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(new JOSEObjectType("vc+jwt")).build();
        JWSObject forged = new JWSObject(header, new Payload(payloadText(credential)));
        forged.sign(other.signer());

        assertEquals(Outcome.BAD_SIGNATURE, verifier.verify(forged.serialize(), keys, portal, NOW).outcome());
    }

    @Test
    void anUnsignedCredentialWithAlgNoneIsRefused() {
        String[] parts = credential.split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}") + "." + parts[1] + ".";

        Verdict verdict = verifier.verify(none, keys, portal, NOW);
        Verdict withOldSignature = verifier.verify(none + parts[2], keys, portal, NOW);

        assertEquals(Outcome.BAD_SIGNATURE, verdict.outcome());
        assertEquals(Outcome.BAD_SIGNATURE, withOldSignature.outcome());
        assertNull(verdict.certificateNumber());
    }

    @Test
    void anHmacSignatureKeyedWithThePublicKeyIsRefused() throws Exception {
        byte[] publicKeyAsSecret = key.publicJwk().getBytes(StandardCharsets.UTF_8);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.keyId()).type(new JOSEObjectType("vc+jwt")).build();
        JWSObject confused = new JWSObject(header, new Payload(payloadText(credential)));
        confused.sign(new MACSigner(publicKeyAsSecret));

        Verdict verdict = verifier.verify(confused.serialize(), keys, portal, NOW);

        assertEquals(Outcome.BAD_SIGNATURE, verdict.outcome());
        assertTrue(verdict.message().contains("HS256"), verdict.message());
    }

    @Test
    void afterTheEndOfTheExpiryDayItIsExpired() {
        Verdict verdict = verifier.verify(credential, keys, portal, Instant.parse("2029-03-02T00:00:00Z"));

        assertEquals(Outcome.EXPIRED, verdict.outcome());
        assertEquals("The signature is valid, but the certificate PS-CPS-2026-000123 expired on 2029-03-01.", verdict.message());
        assertEquals(NUMBER, verdict.certificateNumber());
        assertTrue(verdict.isSignatureValid());
        assertFalse(verdict.isValid());
    }

    @Test
    void onTheLastSecondOfTheExpiryDayItIsStillValid() {
        assertEquals(Outcome.VALID, verifier.verify(credential, keys, portal, Instant.parse("2029-03-01T23:59:59Z")).outcome());
    }

    @Test
    void beforeTheIssueDayItIsNotYetValid() {
        Verdict verdict = verifier.verify(credential, keys, portal, Instant.parse("2026-03-01T23:59:59Z"));

        assertEquals(Outcome.NOT_YET_VALID, verdict.outcome());
        assertTrue(verdict.message().contains("not valid before 2026-03-02"), verdict.message());
    }

    @Test
    void itsStandingRevokedMeansRevoked() {
        standings.setValue(INDEX, 2, Standing.REVOKED.value());

        Verdict verdict = verifier.verify(credential, keys, portal, NOW);

        assertEquals(Outcome.REVOKED, verdict.outcome());
        assertEquals("The signature is valid, but the certificate PS-CPS-2026-000123 has been revoked.", verdict.message());
    }

    @Test
    void itsStandingSuspendedMeansSuspended() {
        standings.setValue(INDEX, 2, Standing.SUSPENDED.value());

        Verdict verdict = verifier.verify(credential, keys, portal, NOW);

        assertEquals(Outcome.SUSPENDED, verdict.outcome());
        assertEquals("The signature is valid, but the certificate PS-CPS-2026-000123 is suspended.", verdict.message());
    }

    @Test
    void bothBitsReadAsRevoked() {
        standings.setValue(INDEX, 2, 0b11);

        assertEquals(Outcome.REVOKED, verifier.verify(credential, keys, portal, NOW).outcome());
    }

    @Test
    void otherCertificatesBitsDoNotTouchThisOne() {
        standings.setValue(INDEX - 1, 2, 0b11);
        standings.setValue(INDEX + 1, 2, 0b11);

        assertEquals(Outcome.VALID, verifier.verify(credential, keys, portal, NOW).outcome());
    }

    @Test
    void aStatusListSignedWithAnotherKeyMakesTheStatusUnavailable() {
        CredentialIssuer impostor = CredentialFixtures.issuer(PortalKey.generate());
        Function<String, String> forgedLists = url -> impostor.statusListCredential(url, "message", new StatusList(2 * StatusList.MINIMUM_SIZE), NOW);

        Verdict verdict = verifier.verify(credential, keys, forgedLists, NOW);

        assertEquals(Outcome.STATUS_UNAVAILABLE, verdict.outcome());
        assertTrue(verdict.message().contains("is not signed with the portal's key"), verdict.message());
        assertEquals(NUMBER, verdict.certificateNumber());
    }

    @Test
    void aStatusListWithItsBitClearedByAForgerMakesTheStatusUnavailable() {
        standings.setValue(INDEX, 2, Standing.REVOKED.value());
        String revokedList = portal.apply(STANDING_URL);
        String clearedList = issuer.statusListCredential(STANDING_URL, "message", new StatusList(2 * StatusList.MINIMUM_SIZE), NOW);
        String clearedPayload = JSONObjectUtils.toJSONString(payload(clearedList));
        Function<String, String> forger = url -> url.equals(STANDING_URL) ? withPayload(revokedList, clearedPayload) : portal.apply(url);

        assertEquals(Outcome.STATUS_UNAVAILABLE, verifier.verify(credential, keys, forger, NOW).outcome());
    }

    @Test
    void aListOfAnotherPurposeServedAsTheStandingListMakesTheStatusUnavailable() {
        Function<String, String> mixedUp = url -> issuer.statusListCredential(url, "revocation", new StatusList(2 * StatusList.MINIMUM_SIZE), NOW);

        assertEquals(Outcome.STATUS_UNAVAILABLE, verifier.verify(credential, keys, mixedUp, NOW).outcome());
    }

    @Test
    void aListServedAtAnotherUrlMakesTheStatusUnavailable() {
        Function<String, String> moved = url -> issuer.statusListCredential("https://portal.example/api/v1/credentials/status/message/2",
                "message", new StatusList(2 * StatusList.MINIMUM_SIZE), NOW);

        assertEquals(Outcome.STATUS_UNAVAILABLE, verifier.verify(credential, keys, moved, NOW).outcome());
    }

    @Test
    void aStatusListSignedInTheNextSecondAfterTheVerifierReadItsClockIsCurrent() {
        Instant signedLater = NOW.plusSeconds(1);
        Function<String, String> signedOnFetch = url -> issuer.statusListCredential(url, "message", standings, signedLater);

        assertEquals(Outcome.VALID, verifier.verify(credential, keys, signedOnFetch, NOW).outcome());
    }

    @Test
    void aStatusListDatedBeyondTheClockSkewIsOutOfDate() {
        Instant tooLate = NOW.plus(CredentialVerifier.STATUS_LIST_CLOCK_SKEW).plusSeconds(1);
        Function<String, String> fromTheFuture = url -> issuer.statusListCredential(url, "message", standings, tooLate);

        Verdict verdict = verifier.verify(credential, keys, fromTheFuture, NOW);

        assertEquals(Outcome.STATUS_UNAVAILABLE, verdict.outcome());
        assertTrue(verdict.message().endsWith("is out of date."), verdict.message());
    }

    @Test
    void aMissingOrFailingStatusListMakesTheStatusUnavailable() {
        Function<String, String> failing = url -> {
            throw new IllegalStateException("database down");
        };

        Verdict missing = verifier.verify(credential, keys, url -> null, NOW);
        Verdict failed = verifier.verify(credential, keys, failing, NOW);
        Verdict garbage = verifier.verify(credential, keys, url -> "garbage", NOW);

        assertEquals(Outcome.STATUS_UNAVAILABLE, missing.outcome());
        assertEquals("The signature is valid, but the current status of the certificate PS-CPS-2026-000123 could not be checked: "
                + "the status list at " + STANDING_URL + " could not be fetched.", missing.message());
        assertEquals(Outcome.STATUS_UNAVAILABLE, failed.outcome());
        assertEquals(Outcome.STATUS_UNAVAILABLE, garbage.outcome());
    }

    @Test
    void aStatusListCredentialPresentedAsACertificateIsNotACertificate() {
        Verdict verdict = verifier.verify(portal.apply(STANDING_URL), keys, portal, NOW);

        assertEquals(Outcome.MALFORMED, verdict.outcome());
    }

    @Test
    void aSignedCredentialWithoutStatusEntriesIsMalformed() {
        Map<String, Object> withoutStatus = new HashMap<>(payload(credential));
        withoutStatus.remove("credentialStatus");

        Verdict verdict = verifier.verify(signedByPortal(JSONObjectUtils.toJSONString(withoutStatus)), keys, portal, NOW);

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertTrue(verdict.message().contains("names no status list"), verdict.message());
    }

    @Test
    void aStandingEntryOfOneBitIsMalformed() {
        Map<String, Object> oneBit = new HashMap<>(payload(credential));
        CredentialFixtures.object(oneBit, "credentialStatus").put("statusSize", 1);

        Verdict verdict = verifier.verify(signedByPortal(JSONObjectUtils.toJSONString(oneBit)), keys, portal, NOW);

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertTrue(verdict.message().contains("not 2 bits wide"), verdict.message());
    }

    @Test
    void aJwtClaimThatDisagreesWithTheCredentialIsMalformed() {
        for (String claim : List.of("iss", "jti", "sub", "nbf", "exp")) {
            Map<String, Object> disagreeing = new HashMap<>(payload(credential));
            disagreeing.put(claim, List.of("nbf", "exp").contains(claim) ? 1L : "https://elsewhere.example/");

            Verdict verdict = verifier.verify(signedByPortal(JSONObjectUtils.toJSONString(disagreeing)), keys, portal, NOW);

            assertEquals(Outcome.MALFORMED, verdict.outcome(), claim);
            assertTrue(verdict.message().contains("its " + claim + " claim does not match"), verdict.message());
        }
    }

    /** #27 key rotation: a credential signed with an earlier key verifies while its key is one the portal recorded. */
    @Test
    void aCredentialSignedWithAnEarlierKeyVerifiesAfterARotation() {
        PortalKey newKey = PortalKey.generate();
        CredentialIssuer rotated = CredentialFixtures.issuer(newKey);
        Function<String, String> listsSignedWithTheNewKey = url -> rotated.statusListCredential(url, "message", standings, NOW);
        TrustedKeys afterRotation = TrustedKeys.of(newKey, List.of(key.publicJwk()));

        assertEquals(Outcome.VALID, verifier.verify(credential, afterRotation, listsSignedWithTheNewKey, NOW).outcome());
        assertEquals(Outcome.VALID, verifier.verify(rotated.issue(certificate(), ISSUED), afterRotation, listsSignedWithTheNewKey, NOW).outcome());
        assertEquals(Outcome.BAD_SIGNATURE, verifier.verify(credential, TrustedKeys.of(newKey), listsSignedWithTheNewKey, NOW).outcome(),
                "an earlier key the portal never recorded is not trusted");
    }

    @Test
    void aCredentialIssuedBeforeTheStandingEntryIsCheckedAgainstItsTwoLists() {
        String legacy = CredentialFixtures.legacyCredential(key, ISSUED);

        assertEquals(Outcome.VALID, verifier.verify(legacy, keys, portal, NOW).outcome());
        suspensions.set(INDEX, true);
        assertEquals(Outcome.SUSPENDED, verifier.verify(legacy, keys, portal, NOW).outcome());
        revocations.set(INDEX, true);
        assertEquals(Outcome.REVOKED, verifier.verify(legacy, keys, portal, NOW).outcome(), "revocation outweighs suspension");
    }

    @Test
    void aSignedTokenWhosePayloadIsNotJsonIsMalformed() {
        assertEquals(Outcome.MALFORMED, verifier.verify(signedByPortal("not json at all"), keys, portal, NOW).outcome());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage", "a.b.c", "..", "....", "eyJhbGciOiJFUzI1NiJ9..", "eyJ.eyJ.eyJ", "{\"alg\":\"ES256\"}",
            "%%%.%%%.%%%", "eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.AAAA"})
    void garbageIsMalformedOrUnsignedNeverAnError(String garbage) {
        Verdict verdict = verifier.verify(garbage, keys, portal, NOW);

        assertFalse(verdict.isValid());
        assertFalse(verdict.isSignatureValid(), verdict.outcome().name());
        assertNotNull(verdict.message());
    }

    @Test
    void emptyAndWordsAreMalformed() {
        assertEquals(Outcome.MALFORMED, verifier.verify("", keys, portal, NOW).outcome());
        assertEquals(Outcome.MALFORMED, verifier.verify(null, keys, portal, NOW).outcome());
        assertEquals(Outcome.MALFORMED, verifier.verify("this is not a credential", keys, portal, NOW).outcome());
    }

    @Test
    void anOverLongTextIsRefusedUnread() {
        String overLong = credential + "A".repeat(CredentialVerifier.MAXIMUM_CREDENTIAL_LENGTH);

        Verdict verdict = verifier.verify(overLong, keys, portal, NOW);

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertTrue(verdict.message().contains("longer than 20000 characters"), verdict.message());
    }

    @Test
    void surroundingWhitespaceFromACopyAndPasteIsForgiven() {
        assertEquals(Outcome.VALID, verifier.verify("\n  " + credential + "  \n", keys, portal, NOW).outcome());
    }

    @Test
    void randomDamageNeverThrows() {
        Random random = new Random(20260302L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/{}\" ";
        for (int round = 0; round < 500; round++) {
            StringBuilder damaged = new StringBuilder(credential);
            for (int change = 0; change <= random.nextInt(4); change++) {
                damaged.setCharAt(random.nextInt(damaged.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = random.nextBoolean() ? damaged.toString() : damaged.substring(0, random.nextInt(damaged.length()));

            assertNotNull(verifier.verify(text, keys, portal, NOW).outcome());
        }
    }

    private String signedByPortal(String payload) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(new JOSEObjectType("vc+jwt")).build();
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(key.signer());
            return jws.serialize();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
