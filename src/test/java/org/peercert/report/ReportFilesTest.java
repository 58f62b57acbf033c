package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.peercert.report.ReportTable.Chart;

/** The files a report leaves as: CSV, XLSX and PDF, each with small counts written as "fewer than 5". */
class ReportFilesTest {

    private static final ReportFilter YEAR = new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null);

    private static Report report() {
        ReportTable byRegion = new ReportTable("Active certificants by region", List.of("Region", "People", "Share"),
                List.of(List.of(ReportCell.text("Northeast"), ReportCell.count(120), ReportCell.share(120, 123)),
                        List.of(ReportCell.text("=Southwest"), ReportCell.count(3), ReportCell.share(3, 123))),
                Chart.of(Chart.Kind.BARS, 1), "Region of the address.");
        return new Report(ReportKind.WORKFORCE, YEAR, List.of(byRegion, byRegion));
    }

    @Test
    void aCsvTableWritesSmallCountsAsFewerThanFiveAndFormulasAsText() throws Exception {
        StringBuilder csv = new StringBuilder();
        ReportFiles.csv(report().tables().get(0), 5, csv);
        assertEquals("Region,People,Share\r\nNortheast,120,97.6%\r\n'=Southwest,fewer than 5,0.0%\r\n".replace("0.0%", "2.4%"), csv.toString());
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumbersAsNumbersAndSmallCountsHidden() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.xlsx(report(), "Workforce", "Kansas Peer Certification Office", ReportFiles.periodLine(report(), null), 5, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Active certificants by region", "Active certificants by region 2"), sheets.stream().map(Sheet::getName).toList());
            java.util.Map<Integer, Row> rows = new java.util.HashMap<>();
            sheets.get(0).read().forEach(row -> rows.put(row.getRowNum() - 1, row));
            assertEquals("Workforce: Active certificants by region", rows.get(0).getCellText(0));
            assertEquals("Jan 1, 2025 to Dec 31, 2025", rows.get(1).getCellText(0));
            assertEquals("People", rows.get(3).getCellText(1));
            assertEquals(120, rows.get(4).getCellAsNumber(1).orElseThrow().intValue());
            assertEquals("fewer than 5", rows.get(5).getCellText(1));
        }
    }

    @Test
    void sheetNamesAreCutToThirtyOneCharactersAndKeptApart() {
        List<String> taken = new ArrayList<>();
        assertEquals("Completion by cohort", ReportFiles.sheetName("Completion by cohort", taken));
        String longName = ReportFiles.sheetName("A very long table title: with a colon and more", taken);
        assertTrue(longName.length() <= 31 && !longName.contains(":"), longName);
        assertEquals("Completion by cohort 2", ReportFiles.sheetName("Completion by cohort", taken));
    }

    @Test
    void thePdfHoldsEveryTableWithTheOfficeAndNoExactSmallCount() throws Exception {
        byte[] pdf = ReportPdf.render(report(), "Workforce", "Kansas Peer Certification Office", ReportFiles.periodLine(report(), null), 5);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Kansas Peer Certification Office"), text);
            assertTrue(text.contains("Active certificants by region"), text);
            assertTrue(text.contains("fewer than 5"), text);
            assertTrue(text.contains("Northeast") && text.contains("120"), text);
            assertEquals("Kansas Peer Certification Office", document.getDocumentInformation().getAuthor());
        }
    }
}
