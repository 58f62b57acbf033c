package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckStanding;

/** R-TRN-3: ready only when every requirement is met; each one missing is named. */
class ReadinessTest {

    private static Map<CheckKind, CheckStanding> allChecks(CheckStanding standing) {
        Map<CheckKind, CheckStanding> checks = new EnumMap<>(CheckKind.class);
        for (CheckKind kind : CheckKind.values()) {
            checks.put(kind, standing);
        }
        return checks;
    }

    @Test
    void everythingMetIsReady() {
        assertTrue(Readiness.of(true, true, true, allChecks(CheckStanding.SATISFIED), false).isReady());
    }

    @Test
    void eachMissingRequirementIsNamed() {
        Map<CheckKind, CheckStanding> checks = allChecks(CheckStanding.SATISFIED);
        checks.put(CheckKind.CRIMINAL_HISTORY, CheckStanding.EXPIRED);
        checks.remove(CheckKind.PROFESSIONAL_BACKGROUND);

        Readiness readiness = Readiness.of(true, false, false, checks, true);

        assertFalse(readiness.isReady());
        assertEquals(List.of("Basic training completed and confirmed (R-TRN-1)", "Written test passed (R-TRN-2)",
                "Criminal history check: expired (R-BG-1/2)", "Professional background check: missing (R-BG-1/2)",
                "Confirmed on the federal exclusion list (R-BG-3)"), readiness.missing());
    }

    @Test
    void aCheckAwaitingAdjudicationOrDisqualifiedIsNotClear() {
        Map<CheckKind, CheckStanding> checks = allChecks(CheckStanding.SATISFIED);
        checks.put(CheckKind.ABUSE_NEGLECT_REGISTRY, CheckStanding.AWAITING_ADJUDICATION);
        assertEquals(List.of("Abuse and neglect registry check: awaiting adjudication (R-BG-1/2)"),
                Readiness.of(true, true, true, checks, false).missing());
        checks.put(CheckKind.ABUSE_NEGLECT_REGISTRY, CheckStanding.DISQUALIFIED);
        assertFalse(Readiness.of(true, true, true, checks, false).isReady());
    }

    @Test
    void anApplicationNotEligibleIsNotReady() {
        assertEquals(List.of("Eligibility accepted by staff (R-ELIG)"),
                Readiness.of(false, true, true, allChecks(CheckStanding.SATISFIED), false).missing());
    }
}
