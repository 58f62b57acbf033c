package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Events counted by kind and month ("2026-03"), laid out as one row per month of the period, zero where none happened. */
final class MonthlyCounts {

    private MonthlyCounts() {
    }

    /** @param events rows of (kind, "yyyy-MM", count); kinds not among {@code kinds} are left out */
    static List<List<ReportCell>> rows(ReportFilter filter, List<Object[]> events, List<String> kinds) {
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        filter.months().forEach(m -> byMonth.put(m, new long[kinds.size()]));
        for (Object[] e : events) {
            long[] counts = e[1] == null ? null : byMonth.get(YearMonth.parse((String) e[1]));
            int column = kinds.indexOf((String) e[0]);
            if (counts != null && column >= 0) {
                counts[column] += ReportQueries.count(e[2]);
            }
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        byMonth.forEach((month, counts) -> {
            List<ReportCell> row = new ArrayList<>();
            row.add(text(Reports.month(month)));
            for (long n : counts) {
                row.add(count(n));
            }
            rows.add(row);
        });
        return rows;
    }
}
