package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** #24: password hashes in the form the reference implementation writes, verified against its own output. */
class Argon2idTest {

    private static final Argon2id.Cost SMALL = new Argon2id.Cost(1024, 2, 1);

    // Written by the reference implementation (Debian's argon2 command):
    // echo -n "correct horse battery staple" | argon2 "peercert-salt-16" -id -t 2 -m 10 -p 1 -l 32 -e
    private static final String REFERENCE =
            "$argon2id$v=19$m=1024,t=2,p=1$cGVlcmNlcnQtc2FsdC0xNg$dHviNcpdMlU3j5vFHP7Gai5Qibkp1vChQXXi+336xYo";
    // echo -n "Pässwort mit Umlaut" | argon2 "another-salt-123" -id -t 3 -m 12 -p 2 -l 32 -e
    private static final String REFERENCE_TWO_LANES =
            "$argon2id$v=19$m=4096,t=3,p=2$YW5vdGhlci1zYWx0LTEyMw$Ytasn4D63WW/C+LayX7WuaREYSciAC2TRhBoWGt7BYs";

    @Test
    void verifiesHashesTheReferenceImplementationWrote() {
        assertTrue(Argon2id.verify("correct horse battery staple", REFERENCE));
        assertTrue(Argon2id.verify("Pässwort mit Umlaut", REFERENCE_TWO_LANES));
    }

    @Test
    void refusesAnyOtherPassword() {
        assertFalse(Argon2id.verify("correct horse battery stapler", REFERENCE));
        assertFalse(Argon2id.verify("Passwort mit Umlaut", REFERENCE_TWO_LANES));
        assertFalse(Argon2id.verify("", REFERENCE));
    }

    @Test
    void writesTheReferenceFormForTheSameSalt() {
        byte[] salt = "peercert-salt-16".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String withoutHash = REFERENCE.substring(0, REFERENCE.lastIndexOf('$'));
        assertEquals(withoutHash, Argon2id.encode(SMALL, salt, new byte[32]).substring(0, withoutHash.length()));
    }

    @Test
    void aNewHashVerifiesAndCarriesAFreshSalt() {
        Argon2id hasher = new Argon2id(SMALL);
        String one = hasher.hash("a long enough passphrase");
        String two = hasher.hash("a long enough passphrase");
        assertTrue(one.startsWith("$argon2id$v=19$m=1024,t=2,p=1$"), one);
        assertNotEquals(one, two);
        assertTrue(Argon2id.verify("a long enough passphrase", one));
        assertTrue(Argon2id.verify("a long enough passphrase", two));
    }

    @Test
    void aHashOfAnotherCostOrKindIsNotCurrent() {
        Argon2id hasher = new Argon2id(SMALL);
        assertTrue(hasher.isCurrent(hasher.hash("x")));
        assertFalse(hasher.isCurrent(REFERENCE_TWO_LANES));
        assertFalse(new Argon2id(new Argon2id.Cost(2048, 2, 1)).isCurrent(REFERENCE));
        assertFalse(hasher.isCurrent("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertFalse(hasher.isCurrent(null));
    }

    @Test
    void aDamagedHashVerifiesNothingAndThrowsNothing() {
        assertFalse(Argon2id.verify("x", "$argon2id$v=19$m=1024,t=2$c2FsdA$aGFzaA"));
        assertFalse(Argon2id.verify("x", "$argon2id$v=16$m=1024,t=2,p=1$c2FsdA$aGFzaA"));
        assertFalse(Argon2id.verify("x", "$argon2id$v=19$m=lots,t=2,p=1$c2FsdA$aGFzaA"));
        assertFalse(Argon2id.verify("x", "$argon2id$v=19$m=1024,t=2,p=1$not base64!$aGFzaA"));
        assertFalse(Argon2id.verify("x", "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
    }

    @Test
    void refusesACostBelowTheAlgorithmsMinimum() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2id.Cost(4, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2id.Cost(1024, 0, 1));
    }
}
