package org.peercert.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Issue #22, finding 4: what a person typed never runs as a spreadsheet formula in an export. */
class CsvExportTest {

    @Test
    void textThatWouldStartAFormulaIsWrittenAsText() throws IOException {
        StringWriter out = new StringWriter();
        CSVPrinter csv = CsvExport.printer(out, "name", "note");
        CsvExport.printRow(csv, "=HYPERLINK(\"http://x\")", "+1");
        CsvExport.printRow(csv, "-2", "@SUM(A1)");
        CsvExport.printRow(csv, "\tTabbed", "\rReturned");
        csv.flush();

        assertEquals("name,note\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1\r\n'-2,'@SUM(A1)\r\n'\tTabbed,\"'\rReturned\"\r\n", out.toString());
    }

    @Test
    void ordinaryTextNumbersDatesAndEmptyCellsAreUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        CSVPrinter csv = CsvExport.printer(out, "name", "hours", "day", "empty", "missing");
        CsvExport.printRow(csv, "O'Brien-Smith", new BigDecimal("-1.5"), LocalDate.of(2027, 1, 2), "", null);
        csv.flush();

        assertEquals("name,hours,day,empty,missing\r\nO'Brien-Smith,-1.5,2027-01-02,,\r\n", out.toString());
    }
}
