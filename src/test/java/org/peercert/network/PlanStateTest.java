package org.peercert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** #26: a corrective action plan is awaited, received, returned, accepted, or overdue once its day has passed. */
class PlanStateTest {

    private static final LocalDate DUE = LocalDate.of(2027, 2, 1);
    private static final Instant SENT = Instant.parse("2027-01-20T10:00:00Z");

    @Test
    void noDueDayMeansNoPlanWasAskedFor() {
        assertEquals(PlanState.NOT_ASKED, PlanState.of(null, null, null, DUE));
        assertFalse(PlanState.NOT_ASKED.acceptsPlan());
    }

    @Test
    void aPlanNotSentIsAwaitedUntilItsDueDayAndOverdueTheDayAfter() {
        assertEquals(PlanState.AWAITED, PlanState.of(DUE, null, null, DUE));
        assertEquals(PlanState.OVERDUE, PlanState.of(DUE, null, null, DUE.plusDays(1)));
        assertTrue(PlanState.OVERDUE.acceptsPlan());
    }

    @Test
    void aPlanInTheNetworksHandsIsNeverOverdue() {
        assertEquals(PlanState.RECEIVED, PlanState.of(DUE, SENT, null, DUE.plusDays(30)));
    }

    @Test
    void aReturnedPlanAwaitsACorrectedOneAndIsOverdueAfterTheDueDay() {
        assertEquals(PlanState.RETURNED, PlanState.of(DUE, SENT, PlanDecision.RETURNED, DUE));
        assertEquals(PlanState.OVERDUE, PlanState.of(DUE, SENT, PlanDecision.RETURNED, DUE.plusDays(1)));
    }

    @Test
    void anAcceptedPlanStaysAcceptedAndTakesNoOther() {
        assertEquals(PlanState.ACCEPTED, PlanState.of(DUE, SENT, PlanDecision.ACCEPTED, DUE.plusDays(400)));
        assertFalse(PlanState.ACCEPTED.acceptsPlan());
    }
}
