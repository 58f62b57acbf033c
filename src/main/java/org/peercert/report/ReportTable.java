package org.peercert.report;

import java.util.List;

/**
 * A table of a report, with the chart drawn from it: the chart's labels are the first column and its series the columns
 * it names, so the table beside a chart always holds the chart's numbers.
 *
 * @param note what the figures count, in a sentence (shown under the table and in the exports)
 */
public record ReportTable(String title, List<String> headings, List<List<ReportCell>> rows, Chart chart, String note) {

    public ReportTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /**
     * How a table is drawn, if at all.
     *
     * @param summaryRows how many last rows add up others (a total, "other agencies"): the chart leaves them out, where
     *                    they would dwarf the rest
     */
    public record Chart(Kind kind, List<Integer> seriesColumns, int summaryRows) {

        public enum Kind {
            /** Bars along the horizontal axis: months, or a few categories. */
            BARS,
            /** Bars across: a funnel, or many categories with long names. */
            BARS_ACROSS,
            /** Lines over months. */
            LINES
        }

        public static Chart of(Kind kind, Integer... seriesColumns) {
            return new Chart(kind, List.of(seriesColumns), 0);
        }

        public Chart withoutLastRow() {
            return withoutLastRows(1);
        }

        public Chart withoutLastRows(int rows) {
            return new Chart(kind, seriesColumns, rows);
        }

        /** The most rows a chart draws: a table of more (every trainer, say) is charted by its first rows, its largest. */
        public static final int MOST_ROWS_DRAWN = 25;

        /** The rows the chart draws. */
        public List<List<ReportCell>> drawn(List<List<ReportCell>> rows) {
            return rows.subList(0, Math.min(MOST_ROWS_DRAWN, Math.max(0, rows.size() - summaryRows)));
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
