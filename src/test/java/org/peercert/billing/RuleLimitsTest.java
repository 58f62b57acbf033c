package org.peercert.billing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-SVC-1..5: what an administrator may write into a rule-table row. */
class RuleLimitsTest {

    private static RuleLimits limits(Integer perDay, Integer group, Integer groupHours, Integer authUnits, Integer authDays, String rate) {
        return new RuleLimits(perDay, group, groupHours, authUnits, authDays, rate == null ? null : new BigDecimal(rate), false, Set.of(), true);
    }

    private static String refusal(RuleLimits limits) {
        return assertThrows(BillingProblem.class, limits::check).messageKey();
    }

    @Test
    void sensibleLimitsPass() {
        assertDoesNotThrow(() -> limits(16, 8, 104, 16, 28, "11.75").check());
        assertDoesNotThrow(() -> limits(null, null, null, null, null, null).check(), "every limit may be left open");
        assertDoesNotThrow(() -> limits(1, 1, 1, 1, 1, "0.01").check(), "the smallest of each");
        assertDoesNotThrow(() -> limits(100_000, 100_000, 100_000, 100_000, 100_000, "99999.99").check(), "the largest of each");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_001})
    void eachLimitIsFromOneToAHundredThousand(int wrong) {
        assertEquals("billing.limit", refusal(limits(wrong, null, null, null, null, null)));
        assertEquals("billing.limit", refusal(limits(null, wrong, null, null, null, null)));
        assertEquals("billing.limit", refusal(limits(null, null, wrong, null, null, null)));
        assertEquals("billing.limit", refusal(limits(null, null, null, wrong, 28, null)));
        assertEquals("billing.limit", refusal(limits(null, null, null, 16, wrong, null)));
    }

    @Test
    void theInitialAuthorizationComesAsUnitsAndDaysTogether() {
        assertEquals("billing.authorizationPair", refusal(limits(null, null, null, 16, null, null)));
        assertEquals("billing.authorizationPair", refusal(limits(null, null, null, null, 28, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-4.00", "1.005", "100000", "100000.00"})
    void aRateIsPositiveInWholeCentsAndBelowAHundredThousand(String rate) {
        assertEquals("billing.rate", refusal(limits(null, null, null, null, null, rate)));
    }
}
