package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules(12, 64, Set.of("123456789012", "password1234"));

    @Test
    void refusesPasswordShorterThanTheMinimum() {
        assertEquals(Optional.of(PasswordRules.Problem.TOO_SHORT), rules.check("short-pass1"));
    }

    @Test
    void refusesMissingPassword() {
        assertEquals(Optional.of(PasswordRules.Problem.TOO_SHORT), rules.check(null));
    }

    @Test
    void acceptsPassphraseWithoutCompositionRules() {
        assertTrue(rules.check("correct horse battery staple").isEmpty());
        assertTrue(rules.check("alllowercaseletters").isEmpty());
    }

    @Test
    void refusesPasswordLongerThanTheMaximum() {
        assertEquals(Optional.of(PasswordRules.Problem.TOO_LONG), rules.check("x".repeat(65)));
        assertTrue(rules.check("x".repeat(64)).isEmpty());
    }

    @Test
    void refusesCommonPasswordWhateverItsCase() {
        assertEquals(Optional.of(PasswordRules.Problem.TOO_COMMON), rules.check("Password1234"));
    }

    @Test
    void countsCharactersAsPeopleSeeThem() {
        String elevenEmoji = "🙂".repeat(11);
        assertEquals(Optional.of(PasswordRules.Problem.TOO_SHORT), rules.check(elevenEmoji));
        assertTrue(rules.check(elevenEmoji + "é").isEmpty());
    }

    @Test
    void refusesAMaximumBelow64() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordRules(12, 63, Set.of()));
    }

    @Test
    void shippedListHoldsTheTenThousandMostCommonPasswords() {
        Set<String> common = CommonPasswords.load();
        assertTrue(common.size() > 9_900, "list has " + common.size());
        assertTrue(common.contains("password"));
        assertTrue(common.contains("1qaz2wsx3edc"));
        PasswordRules defaults = new PasswordRules(12, 128, common);
        assertEquals(Optional.of(PasswordRules.Problem.TOO_COMMON), defaults.check("1QAZ2WSX3EDC"));
    }

    @Test
    void theBoundsThemselvesAreAllowedAndToldAsConfigured() {
        PasswordRules tight = new PasswordRules(1, 64, Set.of());
        assertEquals(1, tight.minLength());
        assertEquals(64, tight.maxLength());
        PasswordRules equal = new PasswordRules(64, 64, Set.of());
        assertEquals(64, equal.minLength(), "a minimum equal to the maximum is allowed");
        assertThrows(IllegalArgumentException.class, () -> new PasswordRules(0, 64, Set.of()), "a minimum below 1");
        assertThrows(IllegalArgumentException.class, () -> new PasswordRules(65, 64, Set.of()), "a minimum above the maximum");
    }
}
