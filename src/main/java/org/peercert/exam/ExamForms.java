package org.peercert.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * R-TRN-2: a person's test form, drawn from the active items: the blueprint's number of items from each
 * domain, in random order, each with its four options in random order.
 */
public final class ExamForms {

    /** An item on a form and the order its options are shown in, as option numbers 1 to 4 ("3142"). */
    public record FormItem(long itemId, PerformanceDomain domain, String optionOrder) {
    }

    private ExamForms() {
    }

    public static List<FormItem> assemble(Map<PerformanceDomain, List<Long>> activeItems, Blueprint blueprint, Random random) {
        List<FormItem> form = new ArrayList<>();
        for (PerformanceDomain domain : PerformanceDomain.values()) {
            int needed = blueprint.itemsOf(domain);
            List<Long> pool = new ArrayList<>(activeItems.getOrDefault(domain, List.of()));
            if (pool.size() < needed) {
                throw new ExamProblem("exam.bankTooSmall", domain.label(), pool.size(), needed);
            }
            Collections.shuffle(pool, random);
            pool.subList(0, needed).forEach(id -> form.add(new FormItem(id, domain, optionOrder(random))));
        }
        Collections.shuffle(form, random);
        return List.copyOf(form);
    }

    private static String optionOrder(Random random) {
        List<Character> options = new ArrayList<>(List.of('1', '2', '3', '4'));
        Collections.shuffle(options, random);
        StringBuilder order = new StringBuilder(4);
        options.forEach(order::append);
        return order.toString();
    }
}
