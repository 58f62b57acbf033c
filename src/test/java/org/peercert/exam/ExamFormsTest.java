package org.peercert.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** R-TRN-2 forms: the blueprint's number of items per domain, no item twice, items and options in random order. */
class ExamFormsTest {

    private static final Blueprint FIFTEEN_EACH = new Blueprint(Map.of(PerformanceDomain.ADVOCACY, 15,
            PerformanceDomain.PROFESSIONAL_RESPONSIBILITY, 15, PerformanceDomain.MENTORING, 15, PerformanceDomain.RECOVERY_SUPPORT, 15),
            Duration.ofMinutes(90), new BigDecimal("80"));

    private static Map<PerformanceDomain, List<Long>> bank(int perDomain) {
        Map<PerformanceDomain, List<Long>> bank = new EnumMap<>(PerformanceDomain.class);
        for (PerformanceDomain domain : PerformanceDomain.values()) {
            long base = (domain.ordinal() + 1) * 1000L;
            bank.put(domain, LongStream.range(base, base + perDomain).boxed().toList());
        }
        return bank;
    }

    @Test
    void aFormHasTheBlueprintsItemsPerDomainEachOnce() {
        List<ExamForms.FormItem> form = ExamForms.assemble(bank(40), FIFTEEN_EACH, new Random(7));

        assertEquals(60, form.size());
        Map<PerformanceDomain, Long> perDomain = form.stream().collect(Collectors.groupingBy(ExamForms.FormItem::domain, Collectors.counting()));
        for (PerformanceDomain domain : PerformanceDomain.values()) {
            assertEquals(15L, perDomain.get(domain));
        }
        assertEquals(60, new HashSet<>(form.stream().map(ExamForms.FormItem::itemId).toList()).size());
        form.forEach(item -> assertEquals(item.domain().ordinal() + 1, item.itemId() / 1000, "an item stays in its domain"));
    }

    @Test
    void itemsAndOptionsComeInRandomOrder() {
        List<ExamForms.FormItem> form = ExamForms.assemble(bank(15), FIFTEEN_EACH, new Random(11));

        List<PerformanceDomain> domains = form.stream().map(ExamForms.FormItem::domain).toList();
        List<PerformanceDomain> grouped = new ArrayList<>(domains);
        grouped.sort(null);
        assertNotEquals(grouped, domains, "not in domain blocks");
        form.forEach(item -> assertEquals("1234", item.optionOrder().chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()));
        assertTrue(form.stream().map(ExamForms.FormItem::optionOrder).distinct().count() > 5, "options shuffled per item");
        assertNotEquals(form, ExamForms.assemble(bank(15), FIFTEEN_EACH, new Random(12)), "each person's form differs");
    }

    @Test
    void aBankTooSmallForTheBlueprintIsRefusedByName() {
        Map<PerformanceDomain, List<Long>> bank = bank(15);
        bank.put(PerformanceDomain.MENTORING, List.of(1L, 2L));

        ExamProblem problem = assertThrows(ExamProblem.class, () -> ExamForms.assemble(bank, FIFTEEN_EACH, new Random(1)));
        assertEquals("exam.bankTooSmall", problem.messageKey());
        assertEquals(List.of("Mentoring", 2, 15), List.of(problem.arguments()));
    }
}
