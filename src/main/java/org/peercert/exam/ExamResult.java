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

    /** The overall score as shown: two decimals, truncated, so a near miss never displays as the pass mark. */
    public BigDecimal percent() {
        return percentOf(correct, total);
    }

    static BigDecimal percentOf(int correct, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(correct).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
    }
}
