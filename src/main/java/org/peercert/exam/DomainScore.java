package org.peercert.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Items answered correctly out of the items of one domain in a sitting. */
public record DomainScore(int correct, int total) {

    public DomainScore {
        if (total < 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct " + correct + " of " + total);
        }
    }

    /** One decimal, rounded (10 of 15 is 66.7%). */
    public BigDecimal percent() {
        return ExamResult.percentOf(correct, total, RoundingMode.HALF_UP);
    }

    DomainScore plus(boolean answeredCorrectly) {
        return new DomainScore(correct + (answeredCorrectly ? 1 : 0), total + 1);
    }
}
