package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    @Test
    void rElig1_isEighteenExactlyOnTheBirthday() {
        LocalDate born = LocalDate.of(2008, 6, 15);
        assertFalse(EligibilityRules.isOldEnough(born, LocalDate.of(2026, 6, 14), 18));
        assertTrue(EligibilityRules.isOldEnough(born, LocalDate.of(2026, 6, 15), 18));
    }

    @Test
    void rElig1_leapDayBirthComesOfAgeOnTheFirstOfMarchInACommonYear() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertFalse(EligibilityRules.isOldEnough(born, LocalDate.of(2026, 2, 28), 18));
        assertTrue(EligibilityRules.isOldEnough(born, LocalDate.of(2026, 3, 1), 18));
    }

    @Test
    void rElig1_missingOrFutureBirthDateIsNotOldEnough() {
        assertFalse(EligibilityRules.isOldEnough(null, LocalDate.of(2026, 1, 1), 18));
        assertFalse(EligibilityRules.isOldEnough(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), 18));
    }

    @Test
    void rElig1_minimumAgeIsAPolicyNumber() {
        LocalDate born = LocalDate.of(2005, 1, 1);
        assertTrue(EligibilityRules.isOldEnough(born, LocalDate.of(2026, 1, 1), 21));
        assertFalse(EligibilityRules.isOldEnough(born, LocalDate.of(2025, 12, 31), 21));
    }

    @Test
    void rElig3_needsAffirmationStatementAndMatchingSignature() {
        String statement = "I have been in recovery for six years and lead a peer group.";
        assertTrue(EligibilityRules.isAttested(true, statement, 50, "  ana   LÓPEZ ", "Ana", "López"));
        assertFalse(EligibilityRules.isAttested(false, statement, 50, "Ana López", "Ana", "López"));
        assertFalse(EligibilityRules.isAttested(true, "Too short.", 50, "Ana López", "Ana", "López"));
        assertTrue(EligibilityRules.isAttested(true, "x".repeat(50), 50, "Ana López", "Ana", "López"), "exactly the minimum length is enough");
        assertFalse(EligibilityRules.isAttested(true, " " + "x".repeat(49) + " ", 50, "Ana López", "Ana", "López"), "spaces around do not count");
        assertFalse(EligibilityRules.isAttested(true, statement, 50, "Someone Else", "Ana", "López"));
        assertFalse(EligibilityRules.isAttested(true, statement, 50, null, "Ana", "López"));
    }
}
