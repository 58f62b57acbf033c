package org.peercert.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peercert.platform.pdf.Fonts;
import org.peercert.platform.pdf.PageCanvas;
import org.peercert.platform.pdf.Palette;
import org.peercert.platform.pdf.PrintableText;

/**
 * The whole report as a PDF, US Letter landscape: each table with its released figures (small counts as "fewer than 5"),
 * the first series of a charted table drawn as bars beside its numbers, and the note under it. Long tables run on to
 * the next page with their headings repeated.
 */
public final class ReportPdf {

    private static final float WIDTH = PDRectangle.LETTER.getHeight();
    private static final float HEIGHT = PDRectangle.LETTER.getWidth();
    private static final float MARGIN = 40;
    private static final float ROW = 15;
    private static final float CELL_TEXT = 8.5f;
    private static final float BAR_WIDTH = 120;
    private static final Color BAR = new Color(0x2F, 0x5D, 0x8A);
    private static final Color STRIPE = new Color(0xF2, 0xF4, 0xF7);

    private final PDDocument document;
    private final Fonts fonts = Fonts.standard14();
    private final long smallest;
    private final String heading;
    private PageCanvas canvas;
    private float y;

    private ReportPdf(PDDocument document, String heading, long smallest) {
        this.document = document;
        this.heading = heading;
        this.smallest = smallest;
    }

    /**
     * @param office the issuing office, in the page heading and as the document's author
     * @param period the report's period and filter in words, {@link ReportFiles#periodLine}
     */
    public static byte[] render(Report report, String title, String office, String period, long smallest) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title + " report");
            document.getDocumentInformation().setAuthor(office);
            ReportPdf pdf = new ReportPdf(document, office + " · " + title + " · " + period, smallest);
            pdf.newPage();
            for (ReportTable table : report.tables()) {
                pdf.table(table);
            }
            pdf.canvas.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the " + title + " report", e);
        }
    }

    private void newPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        document.addPage(page);
        canvas = new PageCanvas(document, page);
        y = HEIGHT - MARGIN;
        canvas.text(fonts.sansBold(), 9, Palette.NAVY, MARGIN, y, heading);
        canvas.rightAlignedText(fonts.sans(), 9, Palette.MUTED, WIDTH - MARGIN, y, "Page " + document.getNumberOfPages());
        canvas.line(Palette.HAIRLINE, 0.5f, MARGIN, y - 6, WIDTH - MARGIN, y - 6);
        y -= 28;
    }

    private void table(ReportTable table) throws IOException {
        if (y < MARGIN + 6 * ROW) {
            newPage();
        }
        canvas.text(fonts.serifBold(), 13, Palette.INK, MARGIN, y, table.title());
        y -= ROW + 4;
        Integer bars = table.chart() == null ? null : table.chart().seriesColumns().get(0);
        float[] widths = widths(table.headings().size(), bars != null);
        double largest = bars == null ? 0 : table.chart().drawn(table.rows()).stream().map(r -> r.get(bars).number()).filter(n -> n != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        headings(table, widths);
        int drawnRows = bars == null ? 0 : table.chart().drawn(table.rows()).size();
        int n = 0;
        for (List<ReportCell> row : table.rows()) {
            if (y < MARGIN + ROW) {
                newPage();
                headings(table, widths);
            }
            if (n % 2 == 1) {
                canvas.fillRect(STRIPE, MARGIN, y - 4, WIDTH - 2 * MARGIN, ROW);
            }
            float x = MARGIN;
            for (int c = 0; c < row.size(); c++) {
                canvas.fittedText(c == 0 ? fonts.sansBold() : fonts.sans(), CELL_TEXT, Palette.INK, PageCanvas.Align.LEFT, x + 2, widths[c] - 4,
                        y + 3, 1, row.get(c).released(smallest));
                x += widths[c];
            }
            if (n++ < drawnRows && largest > 0 && !row.get(bars).suppressed(smallest) && row.get(bars).number() != null) {
                canvas.fillRect(BAR, x + 4, y - 1, (float) (BAR_WIDTH * row.get(bars).number() / largest), ROW - 6);
            }
            y -= ROW;
        }
        if (table.rows().isEmpty()) {
            canvas.text(fonts.serifItalic(), 9, Palette.MUTED, MARGIN, y, "Nothing in this period.");
            y -= ROW;
        }
        for (String line : PrintableText.wrap(fonts.serifItalic(), PrintableText.printable(fonts.serifItalic(), table.note()), WIDTH - 2 * MARGIN, 8.5f)) {
            canvas.text(fonts.serifItalic(), 8.5f, Palette.MUTED, MARGIN, y - 2, line);
            y -= 11;
        }
        y -= ROW;
    }

    private void headings(ReportTable table, float[] widths) throws IOException {
        float x = MARGIN;
        for (int c = 0; c < table.headings().size(); c++) {
            canvas.fittedText(fonts.sansBold(), CELL_TEXT, Palette.MUTED, PageCanvas.Align.LEFT, x + 2, widths[c] - 4, y + 3, 1,
                    table.headings().get(c));
            x += widths[c];
        }
        canvas.line(Palette.HAIRLINE, 0.5f, MARGIN, y - 4, WIDTH - MARGIN, y - 4);
        y -= ROW;
    }

    /** The first column takes what the others leave; the others share the rest, and bars take their own room. */
    private static float[] widths(int columns, boolean withBars) {
        float usable = WIDTH - 2 * MARGIN - (withBars ? BAR_WIDTH + 8 : 0);
        float[] widths = new float[columns];
        float first = columns == 1 ? usable : Math.max(usable * 0.3f, usable - (columns - 1) * 95f);
        widths[0] = first;
        for (int c = 1; c < columns; c++) {
            widths[c] = (usable - first) / (columns - 1);
        }
        return widths;
    }
}
