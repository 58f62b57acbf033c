package org.peercert.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.peercert.platform.csv.CsvExport;

/**
 * A report as the files that leave the portal: one table as CSV, the whole report as an XLSX workbook (a sheet per
 * table). Both write what {@link ReportCell#released(long)} gives, so small counts never leave as exact figures; the
 * workbook keeps numbers as numbers where they may be shown.
 */
public final class ReportFiles {

    private static final int SHEET_NAME_LIMIT = 31;

    private ReportFiles() {
    }

    public static void csv(ReportTable table, long smallest, Appendable out) throws IOException {
        CSVPrinter csv = CsvExport.printer(out, table.headings().toArray(String[]::new));
        for (List<ReportCell> row : table.rows()) {
            CsvExport.printRow(csv, row.stream().map(cell -> cell.released(smallest)).toArray());
        }
        csv.flush();
    }

    /** @param period the report's period and filter in words, {@link #periodLine} */
    public static void xlsx(Report report, String title, String office, String period, long smallest, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, office, "1.0");
        List<String> names = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
            sheet.value(0, 0, title + ": " + table.title());
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, period);
            for (int c = 0; c < table.headings().size(); c++) {
                sheet.value(3, c, table.headings().get(c));
                sheet.style(3, c).bold().set();
            }
            int r = 4;
            for (List<ReportCell> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r, c, row.get(c), smallest);
                }
                r++;
            }
            sheet.value(r + 1, 0, table.note());
            sheet.width(0, 40);
        }
        workbook.finish();
    }

    private static void write(Worksheet sheet, int r, int c, ReportCell cell, long smallest) {
        Double number = cell.number();
        if (number == null || cell.suppressed(smallest)) {
            sheet.value(r, c, cell.released(smallest));
        } else if (cell instanceof ReportCell.Share) {
            sheet.value(r, c, number / 100);
            sheet.style(r, c).format("0.0%").set();
        } else {
            sheet.value(r, c, number);
        }
    }

    /** "Active certificants by track", cut to Excel's 31 characters and made unique in the workbook. */
    static String sheetName(String title, List<String> taken) {
        String base = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        String name = base.length() > SHEET_NAME_LIMIT ? base.substring(0, SHEET_NAME_LIMIT) : base;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    /** @param trackTitle the filtered track as the state names it (#28), or null for both tracks */
    public static String periodLine(Report report, String trackTitle) {
        ReportFilter f = report.filter();
        StringBuilder line = new StringBuilder(Reports.day(f.from()) + " to " + Reports.day(f.to()));
        if (trackTitle != null) {
            line.append(", ").append(trackTitle);
        }
        if (f.region() != null) {
            line.append(", region ").append(f.region());
        }
        return line.toString();
    }
}
