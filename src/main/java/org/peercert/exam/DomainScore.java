package org.peercert.exam;

import java.math.BigDecimal;

/** Items answered correctly out of the items of one domain in a sitting. */
public record DomainScore(int correct, int total) {

    public DomainScore {
        if (total < 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct " + correct + " of " + total);
        }
    }

    public BigDecimal percent() {
        return ExamResult.percentOf(correct, total);
    }

    DomainScore plus(boolean answeredCorrectly) {
        return new DomainScore(correct + (answeredCorrectly ? 1 : 0), total + 1);
    }
}
