package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-CEU-1 hours and R-CEU-2's renewal window and grace period. */
class RenewalRulesTest {

    private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 1);
    private static final CeRequirement TWELVE_WITH_TWO_OF_ETHICS = new CeRequirement(new BigDecimal("12"), Map.of("Ethics", new BigDecimal("2")));

    @Test
    void rCeu1_twelveHoursInAllMeetTheRequirement() {
        CeRequirement.Standing standing = new CeRequirement(new BigDecimal("12"), Map.of())
                .evaluate(Map.of("General", new BigDecimal("8"), "Ethics", new BigDecimal("4.0")));
        assertTrue(standing.isMet());
        assertEquals(100, standing.percent());
    }

    @Test
    void rCeu1_whatIsMissingIsNamedInAllAndPerCategory() {
        CeRequirement.Standing standing = TWELVE_WITH_TWO_OF_ETHICS.evaluate(Map.of("General", new BigDecimal("9.5"), "Ethics", new BigDecimal("0.5")));
        assertFalse(standing.isMet());
        assertEquals(List.of("2 more hours in all", "1.5 more hours of Ethics"), standing.missing());
        assertEquals(83, standing.percent());
    }

    @Test
    void rCeu1_enoughHoursButTooFewInACategoryWithAMinimumIsNotMet() {
        CeRequirement.Standing standing = TWELVE_WITH_TWO_OF_ETHICS.evaluate(Map.of("General", new BigDecimal("14")));
        assertEquals(List.of("2 more hours of Ethics"), standing.missing());
        assertEquals(0, TWELVE_WITH_TWO_OF_ETHICS.evaluate(Map.of()).percent());
    }

    @Test
    void rCeu1_exactlyACategorysMinimumMeetsItAndAZeroMinimumAsksForNothing() {
        CeRequirement withAZero = new CeRequirement(new BigDecimal("12"), Map.of("Ethics", new BigDecimal("2"), "Cultural", BigDecimal.ZERO));
        CeRequirement.Standing standing = withAZero.evaluate(Map.of("General", new BigDecimal("10"), "Ethics", new BigDecimal("2.0")));
        assertEquals(List.of(), standing.missing(), "two hours of Ethics meet a two-hour minimum; a zero minimum is no requirement");
        assertTrue(standing.isMet());
    }

    @Test
    void rCeu2_theWindowOpensNinetyDaysBeforeExpiryAndAcceptsLateRenewalsForThirtyDays() {
        assertEquals(RenewalWindow.NOT_YET, RenewalWindow.of(EXPIRES, EXPIRES.minusDays(91), 90, 30));
        assertEquals(RenewalWindow.OPEN, RenewalWindow.of(EXPIRES, EXPIRES.minusDays(90), 90, 30));
        assertEquals(RenewalWindow.OPEN, RenewalWindow.of(EXPIRES, EXPIRES, 90, 30));
        assertEquals(RenewalWindow.LATE, RenewalWindow.of(EXPIRES, EXPIRES.plusDays(1), 90, 30));
        assertEquals(RenewalWindow.LATE, RenewalWindow.of(EXPIRES, EXPIRES.plusDays(30), 90, 30));
        assertEquals(RenewalWindow.CLOSED, RenewalWindow.of(EXPIRES, EXPIRES.plusDays(31), 90, 30));
        assertTrue(RenewalWindow.LATE.acceptsRenewal());
        assertFalse(RenewalWindow.CLOSED.acceptsRenewal());
        assertFalse(RenewalWindow.NOT_YET.acceptsRenewal());
    }
}
