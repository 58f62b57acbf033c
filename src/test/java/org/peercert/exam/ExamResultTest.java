package org.peercert.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-TRN-2 scoring: overall and per domain, and the pass mark decided on the exact fraction. */
class ExamResultTest {

    private static final BigDecimal EIGHTY = new BigDecimal("80");

    private static List<ExamResult.Answer> answers(PerformanceDomain domain, int correct, int wrong) {
        List<ExamResult.Answer> answers = new ArrayList<>();
        for (int i = 0; i < correct; i++) {
            answers.add(new ExamResult.Answer(domain, true));
        }
        for (int i = 0; i < wrong; i++) {
            answers.add(new ExamResult.Answer(domain, false));
        }
        return answers;
    }

    @Test
    void aSittingWithNoItemsScoredShowsZeroAndHasNotPassed() {
        ExamResult nothing = ExamResult.ofAnswers(List.of(), EIGHTY);
        assertEquals(new BigDecimal("0.0"), nothing.percent());
        assertFalse(nothing.passed());
    }

    @Test
    void scoresEachDomainAndTheWhole() {
        List<ExamResult.Answer> all = new ArrayList<>();
        all.addAll(answers(PerformanceDomain.ADVOCACY, 15, 0));
        all.addAll(answers(PerformanceDomain.PROFESSIONAL_RESPONSIBILITY, 12, 3));
        all.addAll(answers(PerformanceDomain.MENTORING, 9, 6));
        all.addAll(answers(PerformanceDomain.RECOVERY_SUPPORT, 13, 2));

        ExamResult result = ExamResult.ofAnswers(all, EIGHTY);

        assertEquals(49, result.correct());
        assertEquals(60, result.total());
        assertEquals(new BigDecimal("81.7"), result.percent(), "49 of 60 shown rounded to one decimal");
        assertTrue(result.passed());
        assertEquals(new DomainScore(15, 15), result.byDomain().get(PerformanceDomain.ADVOCACY));
        assertEquals(new DomainScore(9, 15), result.byDomain().get(PerformanceDomain.MENTORING));
        assertEquals(new BigDecimal("60.0"), result.byDomain().get(PerformanceDomain.MENTORING).percent());
        assertEquals(new BigDecimal("86.7"), result.byDomain().get(PerformanceDomain.RECOVERY_SUPPORT).percent(), "13 of 15 rounded, not cut to 86.6");
        assertEquals(List.of(PerformanceDomain.values()), List.copyOf(result.byDomain().keySet()), "domains in their order");
    }

    @Test
    void passMarkBoundary_7999PercentFails_80PercentPasses() {
        ExamResult justBelow = ExamResult.of(Map.of(PerformanceDomain.ADVOCACY, new DomainScore(7999, 10000)), EIGHTY);
        ExamResult atTheMark = ExamResult.of(Map.of(PerformanceDomain.ADVOCACY, new DomainScore(8000, 10000)), EIGHTY);

        assertEquals(new BigDecimal("79.9"), justBelow.percent(), "79.99% would round to the mark: cut instead");
        assertFalse(justBelow.passed());
        assertEquals(new BigDecimal("80.0"), atTheMark.percent());
        assertTrue(atTheMark.passed());
    }

    @Test
    void aNearMissIsNeverShownOrCountedAsThePassMark() {
        // 79.996...%: rounding half up would show 80.00 and could pass it
        ExamResult nearMiss = ExamResult.of(Map.of(PerformanceDomain.MENTORING, new DomainScore(23999, 30001)), EIGHTY);

        assertEquals(new BigDecimal("79.9"), nearMiss.percent());
        assertFalse(nearMiss.passed());
    }

    @Test
    void onSixtyItems_48Passes_47Fails() {
        assertTrue(ExamResult.ofAnswers(answers(PerformanceDomain.ADVOCACY, 48, 12), EIGHTY).passed());
        assertFalse(ExamResult.ofAnswers(answers(PerformanceDomain.ADVOCACY, 47, 13), EIGHTY).passed());
    }

    @Test
    void aConfiguredPassMarkIsHonoured() {
        ExamResult seventyOne = ExamResult.ofAnswers(answers(PerformanceDomain.RECOVERY_SUPPORT, 71, 29), new BigDecimal("70.5"));
        assertTrue(seventyOne.passed());
        assertFalse(ExamResult.ofAnswers(answers(PerformanceDomain.RECOVERY_SUPPORT, 70, 30), new BigDecimal("70.5")).passed());
    }

    @Test
    void nothingAnsweredScoresZeroAndFails() {
        ExamResult none = ExamResult.ofAnswers(answers(PerformanceDomain.ADVOCACY, 0, 15), EIGHTY);
        assertEquals(new BigDecimal("0.0"), none.percent());
        assertFalse(none.passed());
        assertFalse(ExamResult.of(Map.of(), EIGHTY).passed(), "no items is no pass");
    }

    @Test
    void aDomainScoreCannotHaveMoreCorrectThanItems() {
        assertThrows(IllegalArgumentException.class, () -> new DomainScore(16, 15));
        assertThrows(IllegalArgumentException.class, () -> new DomainScore(-1, 15));
    }
}
