package org.peercert.report;

import java.util.Locale;

/**
 * One cell of a report table. On the portal's pages a cell shows its exact figure; {@link #released(long)} is what
 * leaves the portal (CSV, XLSX, PDF), where a count of 1 to {@code smallest - 1} people could point at a person and is
 * written as "fewer than 5" instead, and so is a share or a median taken over so few people.
 */
public sealed interface ReportCell {

    /** What the page shows. */
    String shown();

    /** What an export writes: the figure, or "fewer than N" where it counts fewer than {@code smallest} people. */
    default String released(long smallest) {
        return suppressed(smallest) ? "fewer than " + smallest : shown();
    }

    /** The number behind the cell for charts and spreadsheets, or null for text. */
    default Double number() {
        return null;
    }

    default boolean suppressed(long smallest) {
        return false;
    }

    static Text text(String text) {
        return new Text(text == null ? "" : text);
    }

    static Count count(long value) {
        return new Count(value);
    }

    static Share share(long part, long whole) {
        return new Share(part, whole);
    }

    /** A label, a name or a month. */
    record Text(String value) implements ReportCell {
        @Override
        public String shown() {
            return value;
        }
    }

    /** How many people or records. */
    record Count(long value) implements ReportCell {
        @Override
        public String shown() {
            return String.format(Locale.US, "%,d", value);
        }

        @Override
        public Double number() {
            return (double) value;
        }

        @Override
        public boolean suppressed(long smallest) {
            return value > 0 && value < smallest;
        }
    }

    /** A part of a whole, shown as a percentage with one decimal; empty when the whole is zero. */
    record Share(long part, long whole) implements ReportCell {
        @Override
        public String shown() {
            return whole == 0 ? "–" : String.format(Locale.US, "%.1f%%", 100.0 * part / whole);
        }

        @Override
        public Double number() {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
        }

        @Override
        public boolean suppressed(long smallest) {
            return whole > 0 && whole < smallest;
        }
    }

    /** A measure such as a median number of days or a correlation, over so many people; empty when there are none. */
    record Measure(Double value, long people, int decimals) implements ReportCell {
        @Override
        public String shown() {
            return value == null ? "–" : String.format(Locale.US, "%,." + decimals + "f", value);
        }

        @Override
        public Double number() {
            return value;
        }

        @Override
        public boolean suppressed(long smallest) {
            return value != null && people < smallest;
        }
    }
}
