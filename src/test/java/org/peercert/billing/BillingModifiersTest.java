package org.peercert.billing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.billing.BillingFixtures.california;
import static org.peercert.billing.BillingFixtures.kansasGroup;
import static org.peercert.billing.BillingFixtures.kansasIndividual;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.applications.Track;

/** R-SVC-1, R-SVC-2: reading the modifiers of a claim line, and finding the rule-table row it is billed under. */
class BillingModifiersTest {

    private static void assertRefusedToken(String text, String token) {
        BillingProblem problem = assertThrows(BillingProblem.class, () -> BillingRules.modifiers(text));
        assertEquals("billing.modifier", problem.messageKey());
        assertArrayEquals(new Object[] {token}, problem.arguments());
    }

    @Test
    void commasSpacesAndPlusSignsSeparateModifiersInAnyCase() {
        assertEquals(Set.of("HQ", "GT"), BillingRules.modifiers("HQ, gt"));
        assertEquals(Set.of("HQ", "GT"), BillingRules.modifiers("HQ GT"));
        assertEquals(Set.of("HQ", "GT"), BillingRules.modifiers("HQ+GT"));
        assertEquals(Set.of("HQ", "GT"), BillingRules.modifiers("  hq ,, Gt + "));
    }

    @Test
    void modifiersComeBackSortedAndOnce() {
        assertEquals(List.of("GT", "HQ", "U1"), List.copyOf(BillingRules.modifiers("hq U1 GT HQ")));
    }

    @Test
    void noTextIsNoModifier() {
        assertEquals(Set.of(), BillingRules.modifiers(null));
        assertEquals(Set.of(), BillingRules.modifiers(""));
        assertEquals(Set.of(), BillingRules.modifiers(" , + "));
    }

    @Test
    void aModifierIsTwoLettersOrDigits() {
        assertRefusedToken("HQ GTX", "GTX");
        assertRefusedToken("H", "H");
        assertRefusedToken("HQ;GT", "HQ;GT");
        assertRefusedToken("H-", "H-");
    }

    @Test
    void rSvc2_theGroupRowNeedsItsRequiredModifierAndTakesAllowedOnes() {
        assertTrue(BillingRules.matches(kansasGroup(), "H0038", Set.of("HQ"), Track.CPS));
        assertTrue(BillingRules.matches(kansasGroup(), "H0038", Set.of("HQ", "GT"), Track.CPS));
        assertFalse(BillingRules.matches(kansasGroup(), "H0038", Set.of(), Track.CPS));
        assertFalse(BillingRules.matches(kansasGroup(), "H0038", Set.of("GT"), Track.CPS));
    }

    @Test
    void aModifierTheRowNeitherRequiresNorAllowsSelectsAnotherRow() {
        assertFalse(BillingRules.matches(kansasGroup(), "H0038", Set.of("HQ", "SC"), Track.CPS));
        assertFalse(BillingRules.matches(kansasIndividual(), "H0038", Set.of("HQ"), Track.CPS));
        assertTrue(BillingRules.matches(california(), "H0038", Set.of("SC"), Track.CPS));
    }

    @Test
    void theCodeIsComparedIgnoringCaseAndTheTrackMustBeTheRows() {
        assertTrue(BillingRules.matches(kansasIndividual(), "h0038", Set.of(), Track.CPS));
        assertFalse(BillingRules.matches(kansasIndividual(), "H0025", Set.of(), Track.CPS));
        assertFalse(BillingRules.matches(kansasIndividual(), null, Set.of(), Track.CPS));
        assertFalse(BillingRules.matches(kansasIndividual(), "H0038", Set.of(), Track.PPS));
    }
}
