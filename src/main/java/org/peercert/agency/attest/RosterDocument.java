package org.peercert.agency.attest;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.pdf.Fonts;
import org.peercert.platform.pdf.PageCanvas;
import org.peercert.platform.pdf.Palette;
import org.peercert.platform.pdf.PrintableText;
import org.peercert.platform.pdf.QrCode;

/**
 * The roster as a PDF, US Letter landscape, one row per person with their verdict and its reasons, as many pages as
 * it takes (the column heads repeat on each). An attestation adds its statement, code and a QR code for /verify.
 */
public final class RosterDocument {

    private static final PDRectangle LETTER_LANDSCAPE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float MARGIN = 36;
    private static final float TABLE_WIDTH = LETTER_LANDSCAPE.getWidth() - 2 * MARGIN;
    private static final float FONT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float CELL_PADDING = 3;
    private static final float HEAD_HEIGHT = 16;
    private static final float FIRST_TABLE_TOP = LETTER_LANDSCAPE.getHeight() - MARGIN - 164;
    private static final float NEXT_TABLE_TOP = LETTER_LANDSCAPE.getHeight() - MARGIN - 20;
    private static final float TABLE_BOTTOM = MARGIN + 22;
    private static final float QR_SIZE = 96;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'", Locale.US);

    /** Who attests (the office, #28) comes first. */
    private static final String STATEMENT = " attests that on the day above its records showed each person below as stated: certificate,"
            + " continuing education, supervision (R-SUP-1), the exclusion list (R-BG-3) and whether they were eligible to bill.";

    private record Column(String head, float width) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("Peer specialist", 128), new Column("Track", 40),
            new Column("Certificate", 84), new Column("CE hours", 46), new Column("Supervisors", 122), new Column("Exclusion list", 70),
            new Column("Eligible", 44), new Column("Reasons", TABLE_WIDTH - 534));

    private record Row(List<List<String>> cells, boolean eligible, float height) {
    }

    private RosterDocument() {
    }

    /** @param office the office whose records attest (#28): named in the heading, the statement and the PDF's author */
    public static byte[] render(RosterSheet sheet, OfficeDetails office) {
        Fonts fonts = Fonts.standard14();
        List<Row> rows = sheet.people().stream().map(p -> row(fonts, p)).toList();
        List<List<Row>> pages = paginate(rows);
        try (PDDocument document = new PDDocument()) {
            describe(document, sheet, office);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(LETTER_LANDSCAPE);
                document.addPage(page);
                try (PageCanvas canvas = new PageCanvas(document, page)) {
                    float top = i == 0 ? heading(canvas, fonts, sheet, office) : NEXT_TABLE_TOP;
                    table(canvas, fonts, pages.get(i), top);
                    footer(canvas, fonts, sheet, i + 1, pages.size());
                }
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the roster PDF of " + sheet.agencyName(), e);
        }
    }

    private static void describe(PDDocument document, RosterSheet sheet, OfficeDetails office) {
        var information = document.getDocumentInformation();
        information.setTitle(title(sheet) + ": " + sheet.agencyName() + ", " + DAY.format(sheet.asOf()));
        information.setAuthor(office.name());
        information.setSubject(sheet.isAttestation() ? "Verification code " + AttestationCode.display(sheet.code()) : "Roster export");
    }

    private static String title(RosterSheet sheet) {
        return sheet.isAttestation() ? "Roster attestation" : "Roster";
    }

    /** Draws the first page's heading; returns where the table starts. */
    private static float heading(PageCanvas canvas, Fonts fonts, RosterSheet sheet, OfficeDetails office) throws IOException {
        float top = LETTER_LANDSCAPE.getHeight() - MARGIN;
        float textWidth = TABLE_WIDTH - QR_SIZE - 24;
        canvas.fittedText(fonts.sansBold(), 9, Palette.NAVY, PageCanvas.Align.LEFT, MARGIN, textWidth, top - 9, 1,
                office.name().toUpperCase(Locale.US));
        canvas.text(fonts.serifBold(), 22, Palette.NAVY, MARGIN, top - 34, title(sheet));
        canvas.fittedText(fonts.sansBold(), 13, Palette.INK, PageCanvas.Align.LEFT, MARGIN, textWidth, top - 54, 1,
                sheet.agencyName() + " (NPI " + sheet.agencyNpi() + ")");
        canvas.text(fonts.sans(), 10, Palette.INK, MARGIN, top - 72, "Verdicts as of " + DAY.format(sheet.asOf()) + "; made "
                + MOMENT.format(sheet.madeAt().withZoneSameInstant(ZoneOffset.UTC)) + " by " + sheet.madeBy() + ".");
        canvas.text(fonts.sans(), 10, Palette.INK, MARGIN, top - 86, sheet.people().size() + (sheet.people().size() == 1 ? " person" : " people")
                + " on the roster; " + sheet.eligibleCount() + " eligible to bill on that day.");
        if (sheet.isAttestation()) {
            float baseline = top - 104;
            for (String line : PrintableText.wrap(fonts.serif(), PrintableText.printable(fonts.serif(), "The " + office.name() + STATEMENT), textWidth, 10)) {
                canvas.text(fonts.serif(), 10, Palette.INK, MARGIN, baseline, line);
                baseline -= 12;
            }
            canvas.text(fonts.sansBold(), 11, Palette.NAVY, MARGIN, top - 136, "Verification code " + AttestationCode.display(sheet.code()));
            canvas.fittedText(fonts.sans(), 9, Palette.MUTED, PageCanvas.Align.LEFT, MARGIN, textWidth, top - 150, 1,
                    "Anyone may check this attestation at " + sheet.verifyUrl());
            canvas.image(QrCode.image(canvas.document(), sheet.verifyUrl()), MARGIN + TABLE_WIDTH - QR_SIZE, top - QR_SIZE, QR_SIZE);
        } else {
            canvas.text(fonts.serifItalic(), 10, Palette.MUTED, MARGIN, top - 104,
                    "A working copy of the roster. For an audit, make a roster attestation: it carries a code anyone can check.");
        }
        return FIRST_TABLE_TOP;
    }

    private static void table(PageCanvas canvas, Fonts fonts, List<Row> rows, float top) throws IOException {
        canvas.fillRect(Palette.NAVY, MARGIN, top - HEAD_HEIGHT, TABLE_WIDTH, HEAD_HEIGHT);
        float x = MARGIN;
        for (Column column : COLUMNS) {
            canvas.text(fonts.sansBold(), FONT_SIZE, Palette.WHITE, x + CELL_PADDING, top - HEAD_HEIGHT + 5, column.head());
            x += column.width();
        }
        float y = top - HEAD_HEIGHT;
        if (rows.isEmpty()) {
            canvas.text(fonts.serifItalic(), 10, Palette.MUTED, MARGIN + CELL_PADDING, y - 16, "Nobody is on the roster.");
        }
        for (Row row : rows) {
            drawRow(canvas, fonts, row, y);
            y -= row.height();
            canvas.line(Palette.HAIRLINE, 0.5f, MARGIN, y, MARGIN + TABLE_WIDTH, y);
        }
    }

    private static void drawRow(PageCanvas canvas, Fonts fonts, Row row, float top) throws IOException {
        float x = MARGIN;
        for (int c = 0; c < COLUMNS.size(); c++) {
            boolean verdict = c == 6;
            PDFont font = verdict || c == 0 ? fonts.sansBold() : fonts.sans();
            Color color = verdict ? (row.eligible() ? Palette.GREEN : Palette.WARNING) : Palette.INK;
            float baseline = top - CELL_PADDING - FONT_SIZE;
            for (String line : row.cells().get(c)) {
                canvas.text(font, FONT_SIZE, color, x + CELL_PADDING, baseline, line);
                baseline -= LEADING;
                font = verdict ? font : fonts.sans();
            }
            x += COLUMNS.get(c).width();
        }
    }

    private static void footer(PageCanvas canvas, Fonts fonts, RosterSheet sheet, int page, int pages) throws IOException {
        String left = sheet.agencyName() + " · " + title(sheet) + " as of " + DAY.format(sheet.asOf())
                + (sheet.isAttestation() ? " · " + AttestationCode.display(sheet.code()) : "");
        canvas.fittedText(fonts.sans(), 8, Palette.MUTED, PageCanvas.Align.LEFT, MARGIN, TABLE_WIDTH - 80, MARGIN, 1, left);
        canvas.rightAlignedText(fonts.sans(), 8, Palette.MUTED, MARGIN + TABLE_WIDTH, MARGIN - 3, "Page " + page + " of " + pages);
    }

    private static Row row(Fonts fonts, AttestedPerson p) {
        List<String> texts = List.of(p.name() + "\n" + p.certificateNumber(), p.track(),
                p.certificateStatus() + "\nuntil " + p.expiresOn(), p.ceHours(),
                "Peer: " + orNone(p.peerSupervisor()) + "\nClinical: " + orNone(p.clinicalSupervisor()), p.exclusion(),
                p.eligible() ? "Yes" : "No", String.join("\n", p.reasons()));
        List<List<String>> cells = new ArrayList<>(COLUMNS.size());
        int mostLines = 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            List<String> lines = wrapped(fonts.sans(), texts.get(c), COLUMNS.get(c).width() - 2 * CELL_PADDING);
            cells.add(lines);
            mostLines = Math.max(mostLines, lines.size());
        }
        return new Row(cells, p.eligible(), mostLines * LEADING + 2 * CELL_PADDING);
    }

    /** Each paragraph wrapped to the width; a word too long for it is cut. */
    private static List<String> wrapped(PDFont font, String text, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            for (String line : PrintableText.wrap(font, PrintableText.printable(font, paragraph), width, FONT_SIZE)) {
                lines.add(cut(font, line, width));
            }
        }
        return lines;
    }

    private static String cut(PDFont font, String line, float width) {
        String shown = line;
        while (shown.length() > 1 && PrintableText.width(font, shown, FONT_SIZE) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown;
    }

    private static List<List<Row>> paginate(List<Row> rows) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        float room = FIRST_TABLE_TOP - HEAD_HEIGHT - TABLE_BOTTOM;
        for (Row row : rows) {
            if (row.height() > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                room = NEXT_TABLE_TOP - HEAD_HEIGHT - TABLE_BOTTOM;
            }
            page.add(row);
            room -= row.height();
        }
        pages.add(page);
        return pages;
    }

    private static String orNone(String name) {
        return name == null || name.isBlank() ? "none" : name;
    }
}
