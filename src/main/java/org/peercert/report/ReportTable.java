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
     * @param totalInLastRow the last row adds up the others and is left out of the chart, where it would dwarf them
     */
    public record Chart(Kind kind, List<Integer> seriesColumns, boolean totalInLastRow) {

        public enum Kind {
            /** Bars along the horizontal axis: months, or a few categories. */
            BARS,
            /** Bars across: a funnel, or many categories with long names. */
            BARS_ACROSS,
            /** Lines over months. */
            LINES
        }

        public static Chart of(Kind kind, Integer... seriesColumns) {
            return new Chart(kind, List.of(seriesColumns), false);
        }

        public Chart withoutLastRow() {
            return new Chart(kind, seriesColumns, true);
        }

        /** The rows the chart draws. */
        public List<List<ReportCell>> drawn(List<List<ReportCell>> rows) {
            return totalInLastRow && !rows.isEmpty() ? rows.subList(0, rows.size() - 1) : rows;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
