package org.peercert.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.exam.AttemptRules.PastAttempt;
import org.peercert.exam.ExamStanding.State;

/** R-TRN-2 attempts: training first, one open sitting, at most three attempts, fourteen days apart, none after a pass. */
class AttemptRulesTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final int MAX = 3;
    private static final int WAIT = 14;

    private static ExamStanding standing(boolean trained, boolean open, List<PastAttempt> past, LocalDate today) {
        return AttemptRules.standing(trained, open, past, today, MAX, WAIT);
    }

    @Test
    void nobodySitsBeforeCompletingTraining() {
        assertEquals(State.TRAINING_FIRST, standing(false, false, List.of(), MAY_1).state());
        assertEquals(State.MAY_START, standing(true, false, List.of(), MAY_1).state());
    }

    @Test
    void anOpenSittingIsResumedNotStartedAgain() {
        ExamStanding standing = standing(true, true, List.of(), MAY_1);
        assertEquals(State.IN_PROGRESS, standing.state());
        assertEquals(1, standing.attemptsUsed(), "the open sitting is an attempt");
    }

    @Test
    void theNextAttemptWaitsFourteenDays() {
        List<PastAttempt> failedOnMay1 = List.of(new PastAttempt(MAY_1, false));

        ExamStanding thirteenDaysOn = standing(true, false, failedOnMay1, MAY_1.plusDays(13));
        assertEquals(State.WAITING, thirteenDaysOn.state());
        assertEquals(MAY_1.plusDays(14), thirteenDaysOn.nextAttemptFrom());
        assertEquals(2, thirteenDaysOn.attemptsLeft());

        ExamStanding fourteenDaysOn = standing(true, false, failedOnMay1, MAY_1.plusDays(14));
        assertEquals(State.MAY_START, fourteenDaysOn.state());
        assertNull(fourteenDaysOn.nextAttemptFrom());
    }

    @Test
    void theWaitCountsFromTheLatestAttempt() {
        List<PastAttempt> two = List.of(new PastAttempt(MAY_1.plusDays(20), false), new PastAttempt(MAY_1, false));
        assertEquals(MAY_1.plusDays(34), standing(true, false, two, MAY_1.plusDays(30)).nextAttemptFrom());
    }

    @Test
    void noFourthAttempt() {
        List<PastAttempt> three = List.of(new PastAttempt(MAY_1, false), new PastAttempt(MAY_1.plusDays(14), false),
                new PastAttempt(MAY_1.plusDays(28), false));
        ExamStanding standing = standing(true, false, three, MAY_1.plusDays(365));
        assertEquals(State.ATTEMPTS_USED, standing.state());
        assertEquals(0, standing.attemptsLeft());
    }

    @Test
    void usedAttemptsAreToldEvenIfTrainingNoLongerCounts() {
        List<PastAttempt> three = List.of(new PastAttempt(MAY_1, false), new PastAttempt(MAY_1.plusDays(14), false),
                new PastAttempt(MAY_1.plusDays(28), false));
        assertEquals(State.ATTEMPTS_USED, standing(false, false, three, MAY_1.plusDays(60)).state(), "so the policy's next step is shown");
    }

    @Test
    void aPassEndsTheAttempts() {
        List<PastAttempt> passed = List.of(new PastAttempt(MAY_1, false), new PastAttempt(MAY_1.plusDays(14), true));
        assertEquals(State.PASSED, standing(true, false, passed, MAY_1.plusDays(100)).state());
    }

    @Test
    void theLimitsAreConfiguration() {
        List<PastAttempt> one = List.of(new PastAttempt(MAY_1, false));
        assertEquals(State.ATTEMPTS_USED, AttemptRules.standing(true, false, one, MAY_1.plusDays(30), 1, WAIT).state());
        assertEquals(State.MAY_START, AttemptRules.standing(true, false, one, MAY_1.plusDays(7), MAX, 7).state());
    }
}
