package org.peercert.exam;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * R-TRN-2: who may start a sitting. Only after training; one sitting open at a time; at most
 * {@code maxAttempts} attempts, each at least {@code waitDays} days after the one before; none after a pass.
 */
public final class AttemptRules {

    /** A finished attempt: the day it was sat and whether it passed. */
    public record PastAttempt(LocalDate satOn, boolean passed) {
    }

    private AttemptRules() {
    }

    public static ExamStanding standing(boolean trainingComplete, boolean sittingOpen, List<PastAttempt> attempts, LocalDate today,
                                        int maxAttempts, int waitDays) {
        int used = attempts.size() + (sittingOpen ? 1 : 0);
        if (sittingOpen) {
            return new ExamStanding(ExamStanding.State.IN_PROGRESS, used, maxAttempts, null);
        }
        if (attempts.stream().anyMatch(PastAttempt::passed)) {
            return new ExamStanding(ExamStanding.State.PASSED, used, maxAttempts, null);
        }
        if (used >= maxAttempts) {
            return new ExamStanding(ExamStanding.State.ATTEMPTS_USED, used, maxAttempts, null);
        }
        if (!trainingComplete) {
            return new ExamStanding(ExamStanding.State.TRAINING_FIRST, used, maxAttempts, null);
        }
        LocalDate nextFrom = attempts.stream().map(PastAttempt::satOn).max(Comparator.naturalOrder())
                .map(last -> last.plusDays(waitDays)).orElse(today);
        if (today.isBefore(nextFrom)) {
            return new ExamStanding(ExamStanding.State.WAITING, used, maxAttempts, nextFrom);
        }
        return new ExamStanding(ExamStanding.State.MAY_START, used, maxAttempts, null);
    }
}
