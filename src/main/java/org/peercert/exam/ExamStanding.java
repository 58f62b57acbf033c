package org.peercert.exam;

import java.time.LocalDate;

/** Where a person stands on the written test, and so what they may do next (R-TRN-2). */
public record ExamStanding(State state, int attemptsUsed, int maxAttempts, LocalDate nextAttemptFrom) {

    public enum State {
        /** Training is not completed (and confirmed), so the test cannot be taken yet. */
        TRAINING_FIRST,
        /** A sitting is under way; it is resumed, never started twice. */
        IN_PROGRESS,
        MAY_START,
        /** A failed attempt, and the waiting period before the next one is not over. */
        WAITING,
        /** Every attempt the policy allows was failed. */
        ATTEMPTS_USED,
        PASSED
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attemptsUsed);
    }
}
