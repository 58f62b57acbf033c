package org.peercert.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV upload read line by line with a report: each line is handed over with the number of the
 * line it starts on; a line the handler refuses with {@link LineRejected} is reported with its reason.
 * A file whose header is not the expected one, or that is not CSV, is refused whole ({@link Unreadable}).
 */
public final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();

    /** The whole file is refused: it is not CSV, or its header is not the one expected. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean wrongHeader;

        Unreadable(boolean wrongHeader) {
            super(wrongHeader ? "wrong header" : "not CSV", null, false, false);
            this.wrongHeader = wrongHeader;
        }

        public boolean isWrongHeader() {
            return wrongHeader;
        }
    }

    private CsvLines() {
    }

    /** Reads every non-blank line after the header; returns the lines refused, in file order. */
    public static List<RejectedLine> read(Reader csv, List<String> header, BiConsumer<Long, CSVRecord> handler) throws Unreadable {
        List<RejectedLine> rejected = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> found = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            if (!found.equals(header)) {
                throw new Unreadable(true);
            }
            long lineAfterPrevious = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                long line = lineAfterPrevious;
                lineAfterPrevious = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                try {
                    if (record.size() != header.size()) {
                        throw new LineRejected("expected " + header.size() + " fields (" + String.join(", ", header) + "), found " + record.size());
                    }
                    handler.accept(line, record);
                } catch (LineRejected reason) {
                    rejected.add(new RejectedLine(line, reason.getMessage(), echo(record)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new Unreadable(false);
        }
        return List.copyOf(rejected);
    }

    /** A line as it was read, in CSV again (quoted where it needs to be), cut short for a report. */
    public static String echo(CSVRecord record) {
        return abbreviate(CSVFormat.DEFAULT.format((Object[]) record.values()));
    }

    /** Text from a file, cut short for a report line. */
    public static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
