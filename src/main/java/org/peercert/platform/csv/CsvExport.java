package org.peercert.platform.csv;

import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the portal hands out, which people open in a spreadsheet: a text cell that would start a formula there (=, +, -,
 * @, a tab or a carriage return) is written with a leading apostrophe, so Excel shows it as the text it is (issue #22,
 * finding 4; OWASP's advice on CSV injection). Numbers and dates are written as they are.
 */
public final class CsvExport {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvExport() {
    }

    public static CSVPrinter printer(Appendable out, String... header) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(header).get().print(out);
    }

    public static void printRow(CSVPrinter csv, Object... cells) throws IOException {
        csv.printRecord(Arrays.stream(cells).map(CsvExport::inert).toArray());
    }

    static Object inert(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }
}
