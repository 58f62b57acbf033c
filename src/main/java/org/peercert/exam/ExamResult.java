package org.peercert.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * R-TRN-2: a sitting's score, overall and per performance domain, against the pass mark. The pass is
 * decided on the exact fraction (correct / total >= pass mark / 100), never on a rounded percentage, so
 * 79.99% fails an 80% mark however it would be shown.
 */
public record ExamResult(Map<PerformanceDomain, DomainScore> byDomain, int correct, int total, BigDecimal passMark, boolean passed) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHOWN_DECIMALS = 1;

    /** One item of a sitting as scored: its domain and whether the answer given in time was the right one. */
    public record Answer(PerformanceDomain domain, boolean correct) {
    }

    public static ExamResult ofAnswers(List<Answer> answers, BigDecimal passMark) {
        Map<PerformanceDomain, DomainScore> byDomain = new EnumMap<>(PerformanceDomain.class);
        for (Answer answer : answers) {
            byDomain.merge(answer.domain(), new DomainScore(0, 0).plus(answer.correct()),
                    (sum, one) -> new DomainScore(sum.correct() + one.correct(), sum.total() + one.total()));
        }
        return of(byDomain, passMark);
    }

    /** From scores per domain, as a paper test's results are recorded. */
    public static ExamResult of(Map<PerformanceDomain, DomainScore> byDomain, BigDecimal passMark) {
        int correct = byDomain.values().stream().mapToInt(DomainScore::correct).sum();
        int total = byDomain.values().stream().mapToInt(DomainScore::total).sum();
        boolean passed = total > 0 && BigDecimal.valueOf(correct).multiply(HUNDRED).compareTo(passMark.multiply(BigDecimal.valueOf(total))) >= 0;
        Map<PerformanceDomain, DomainScore> copy = new EnumMap<>(PerformanceDomain.class);
        copy.putAll(byDomain);
        return new ExamResult(Collections.unmodifiableMap(copy), correct, total, passMark, passed);
    }

    /**
     * The overall score as shown: one decimal, rounded, except that a score below the pass mark is never shown as
     * the mark or above it (79.96% against 80% shows as 79.9%, not 80.0%).
     */
    public BigDecimal percent() {
        BigDecimal rounded = percentOf(correct, total, RoundingMode.HALF_UP);
        return !passed && rounded.compareTo(passMark) >= 0 ? percentOf(correct, total, RoundingMode.DOWN) : rounded;
    }

    static BigDecimal percentOf(int correct, int total, RoundingMode rounding) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(SHOWN_DECIMALS);
        }
        return BigDecimal.valueOf(correct).multiply(HUNDRED).divide(BigDecimal.valueOf(total), SHOWN_DECIMALS, rounding);
    }
}
