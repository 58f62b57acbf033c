package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue #22: the authenticator's codes (RFC 6238), recovery codes, and who must set up a second step. */
class OneTimeCodesTest {

    /** RFC 6238, appendix B: the SHA-1 secret. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfRfc6238sTestVectors() {
        assertEquals("287082", OneTimeCodes.code(RFC_SECRET, OneTimeCodes.stepOf(Instant.ofEpochSecond(59))), "94287082 in eight digits");
        assertEquals("081804", OneTimeCodes.code(RFC_SECRET, OneTimeCodes.stepOf(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", OneTimeCodes.code(RFC_SECRET, OneTimeCodes.stepOf(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void aCodeFromTheStepBeforeOrAfterIsAcceptedButNotFromTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = OneTimeCodes.stepOf(now);
        assertEquals(OptionalLong.of(step - 1), OneTimeCodes.matchingStep(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), OneTimeCodes.matchingStep(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step + 1), now, 0));
        assertEquals(OptionalLong.empty(), OneTimeCodes.matchingStep(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step - 2), now, 0));
        assertEquals(OptionalLong.empty(), OneTimeCodes.matchingStep(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step + 2), now, 0));
    }

    @Test
    void aCodeWorksOnceAndSpacesAsTypedDoNotMatter() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = OneTimeCodes.stepOf(now);
        String code = OneTimeCodes.code(RFC_SECRET, step);
        assertEquals(OptionalLong.of(step), OneTimeCodes.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, step - 1));
        assertEquals(OptionalLong.empty(), OneTimeCodes.matchingStep(RFC_SECRET, code, now, step), "the step is used up");
        assertEquals(OptionalLong.empty(), OneTimeCodes.matchingStep(RFC_SECRET, "12345", now, 0));
        assertEquals(OptionalLong.empty(), OneTimeCodes.matchingStep(RFC_SECRET, null, now, 0));
    }

    @Test
    void theSecretIsGivenInBase32ForTypingAndInTheOtpauthAddress() {
        assertEquals("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", OneTimeCodes.typable(RFC_SECRET));
        assertEquals("otpauth://totp/PeerCert:staff%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=PeerCert&algorithm=SHA1"
                + "&digits=6&period=30", OneTimeCodes.otpauthUri("PeerCert", "staff@example.org", RFC_SECRET));
        SecureRandom random = new SecureRandom();
        byte[] secret = OneTimeCodes.newSecret(random);
        assertEquals(20, secret.length);
        assertFalse(java.util.Arrays.equals(secret, OneTimeCodes.newSecret(random)), "each secret is new");
        assertFalse(java.util.Arrays.equals(secret, new byte[20]), "and random, not zeros");
    }

    @Test
    void recoveryCodesAreTenDistinctAndFoundByTheirHashHoweverTyped() {
        List<String> codes = RecoveryCodes.generate(new SecureRandom());
        assertEquals(10, codes.size());
        assertEquals(10, Set.copyOf(codes).size());
        assertTrue(codes.stream().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}")), codes.toString());
        String code = codes.get(0);
        assertEquals(RecoveryCodes.hash(code), RecoveryCodes.hash(" " + code.toUpperCase().replace("-", " ") + " "));
        assertEquals(64, RecoveryCodes.hash(code).length());
        assertEquals(RecoveryCodes.hash(""), RecoveryCodes.hash(null), "nothing typed is nothing, not an error");
        assertTrue(RecoveryCodes.looksLikeOne(code));
        assertFalse(RecoveryCodes.looksLikeOne("123456"), "six digits are an authenticator's code");
    }

    @Test
    void aSecondStepIsAskedOnceSetUpAndSetUpFirstWhereARoleNeedsIt() {
        Set<Role> privileged = Set.of(Role.STAFF, Role.ADMIN);
        assertEquals(SecondStep.CODE, SecondStep.after(Set.of(Role.APPLICANT), true, privileged), "set up by choice: asked");
        assertEquals(SecondStep.SET_UP, SecondStep.after(Set.of(Role.APPLICANT, Role.STAFF), false, privileged));
        assertEquals(SecondStep.NONE, SecondStep.after(Set.of(Role.APPLICANT), false, privileged));
        assertEquals(SecondStep.NONE, SecondStep.after(Set.of(Role.STAFF), false, Set.of()), "no role needs it");
    }
}
