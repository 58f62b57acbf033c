package org.peercert.report;

import java.util.Arrays;
import java.util.List;

/** The median of a list of day counts: the middle one, or the mean of the two middle ones; null for none. */
public final class Medians {

    private Medians() {
    }

    public static Double of(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static ReportCell.Measure cell(List<? extends Number> days) {
        return new ReportCell.Measure(of(days), days.size(), 1);
    }
}
