package org.peercert.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate NEXT_YEAR = TODAY.plusYears(1);

    @Test
    void rBg2_clearAndUnexpiredCheckIsSatisfied() {
        assertEquals(CheckStanding.SATISFIED, CheckStanding.of(CheckResult.CLEAR, null, NEXT_YEAR, TODAY));
        assertFalse(CheckStanding.SATISFIED.blocksCertification());
    }

    @Test
    void rBg2_checkExpiresOnItsExpiryDate() {
        assertEquals(CheckStanding.SATISFIED, CheckStanding.of(CheckResult.CLEAR, null, TODAY.plusDays(1), TODAY));
        assertEquals(CheckStanding.EXPIRED, CheckStanding.of(CheckResult.CLEAR, null, TODAY, TODAY));
        assertTrue(CheckStanding.EXPIRED.blocksCertification());
    }

    @Test
    void rBg2_needsReviewAndDisqualifyingWaitForAdjudication() {
        assertEquals(CheckStanding.AWAITING_ADJUDICATION, CheckStanding.of(CheckResult.NEEDS_REVIEW, null, NEXT_YEAR, TODAY));
        assertEquals(CheckStanding.AWAITING_ADJUDICATION, CheckStanding.of(CheckResult.DISQUALIFYING, null, NEXT_YEAR, TODAY));
        assertTrue(CheckStanding.AWAITING_ADJUDICATION.blocksCertification());
    }

    @Test
    void rBg2_adjudicationDecides() {
        assertEquals(CheckStanding.SATISFIED, CheckStanding.of(CheckResult.DISQUALIFYING, Adjudication.CLEARED, NEXT_YEAR, TODAY));
        assertEquals(CheckStanding.DISQUALIFIED, CheckStanding.of(CheckResult.NEEDS_REVIEW, Adjudication.DISQUALIFIED, NEXT_YEAR, TODAY));
        assertEquals(CheckStanding.EXPIRED, CheckStanding.of(CheckResult.NEEDS_REVIEW, Adjudication.CLEARED, TODAY, TODAY));
    }

    @Test
    void missingCheckBlocks() {
        assertEquals(CheckStanding.MISSING, CheckStanding.of(null, null, null, TODAY));
        assertTrue(CheckStanding.MISSING.blocksCertification());
    }
}
