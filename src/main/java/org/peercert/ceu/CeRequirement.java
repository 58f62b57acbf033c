package org.peercert.ceu;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-CEU-1: the continuing education a cycle needs: a total (12 hours by default) and, per category, an optional
 * minimum. Only verified hours count toward it, unless counting the unverified is asked for (what a holder has
 * logged so far).
 */
public record CeRequirement(BigDecimal totalHours, Map<String, BigDecimal> minimumsByCategory) {

    public record Standing(BigDecimal earned, BigDecimal required, List<String> missing) {

        public boolean isMet() {
            return missing.isEmpty();
        }

        /** Share of the total earned, 0 to 100, for a progress bar. */
        public int percent() {
            if (required.signum() == 0) {
                return 100;
            }
            return earned.multiply(BigDecimal.valueOf(100)).divide(required, 0, java.math.RoundingMode.DOWN).min(BigDecimal.valueOf(100)).intValue();
        }
    }

    public Standing evaluate(Map<String, BigDecimal> earnedByCategory) {
        BigDecimal earned = earnedByCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> missing = new ArrayList<>();
        if (earned.compareTo(totalHours) < 0) {
            missing.add(plain(totalHours.subtract(earned)) + " more hours in all");
        }
        minimumsByCategory.forEach((category, minimum) -> {
            BigDecimal inCategory = earnedByCategory.getOrDefault(category, BigDecimal.ZERO);
            if (inCategory.compareTo(minimum) < 0) {
                missing.add(plain(minimum.subtract(inCategory)) + " more hours of " + category);
            }
        });
        return new Standing(earned, totalHours, List.copyOf(missing));
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
