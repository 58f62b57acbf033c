package org.peercert.agency.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A roster attestation's code: random, printable, and forgiving when typed back. */
class AttestationCodeTest {

    @Test
    void aCodeIsTwelveCharactersOfTheAlphabetAndPrintsInGroups() {
        String code = AttestationCode.generate();

        assertEquals(AttestationCode.LENGTH, code.length());
        assertTrue(code.chars().allMatch(c -> AttestationCode.ALPHABET.indexOf(c) >= 0), code);
        assertTrue(AttestationCode.display(code).matches("RA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), AttestationCode.display(code));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(AttestationCode.generate()));
        }
    }

    @Test
    void theSameRandomnessGivesTheSameCodeAndOtherRandomnessAnother() {
        assertEquals(AttestationCode.generate(new Random(7)), AttestationCode.generate(new Random(7)));
        assertNotEquals(AttestationCode.generate(new Random(7)), AttestationCode.generate(new Random(8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RA-7K3M-Q9XP-2D4H", "ra-7k3m-q9xp-2d4h", "7K3MQ9XP2D4H", " RA 7K3M Q9XP 2D4H ", "RA-7K3M-Q9XP-2D4H\n"})
    void whatIsTypedIsForgiven(String typed) {
        assertEquals(Optional.of("7K3MQ9XP2D4H"), AttestationCode.normalize(typed));
    }

    @Test
    void lookAlikeLettersAreReadAsDigits() {
        assertEquals(Optional.of("10110000ABCD"), AttestationCode.normalize("IOLIOOOOABCD"));
    }

    @Test
    void aCodeThatItselfBeginsWithRaKeepsItsLetters() {
        assertEquals(Optional.of("RA3MQ9XP2D4H"), AttestationCode.normalize("RA3M-Q9XP-2D4H"));
        assertEquals(Optional.of("RA3MQ9XP2D4H"), AttestationCode.normalize("RA-RA3M-Q9XP-2D4H"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"RA-7K3M-Q9XP-2D4", "RA-7K3M-Q9XP-2D4HH", "7K3M-Q9XP-2D4U", "PS-CPS-2026-000123", "' or 1=1 --",
            "RA-7K3M-Q9XP-2D4H-7K3M-Q9XP-2D4H-7K3M-Q9XP"})
    void anythingElseIsNoCode(String typed) {
        assertEquals(Optional.empty(), AttestationCode.normalize(typed));
    }
}
