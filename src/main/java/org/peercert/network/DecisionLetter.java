package org.peercert.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peercert.network.committee.Outcome;
import org.peercert.platform.pdf.Fonts;
import org.peercert.platform.pdf.PageCanvas;
import org.peercert.platform.pdf.Palette;
import org.peercert.platform.pdf.PrintableText;

/** R-NET-3: the committee's decision letter to the agency, US Letter portrait, made from the recorded decision. */
public final class DecisionLetter {

    private static final float WIDTH = PDRectangle.LETTER.getWidth();
    private static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private static final float MARGIN = 72;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** What the letter says: who, which network, the decision, the vote and the minutes. */
    public record Facts(String agencyName, String agencyNpi, String agencyAddress, String payer, Outcome outcome, LocalDate meetingDay,
            LocalDate effectiveFrom, LocalDate approvedUntil, int approve, int deny, int defer, String minutes) {
    }

    private DecisionLetter() {
    }

    public static byte[] render(Facts facts) {
        Fonts fonts = Fonts.standard14();
        try (PDDocument document = new PDDocument(); Writer writer = new Writer(document, fonts)) {
            document.getDocumentInformation().setTitle("Credentialing decision: " + facts.agencyName());
            document.getDocumentInformation().setAuthor(facts.payer() + " Credentialing Committee");
            writer.canvas.text(fonts.sansBold(), 10, Palette.NAVY, MARGIN, writer.y, facts.payer().toUpperCase(Locale.ROOT) + " CREDENTIALING COMMITTEE");
            writer.canvas.line(Palette.GOLD, 1, MARGIN, writer.y - 8, WIDTH - MARGIN, writer.y - 8);
            writer.y -= 40;
            writer.paragraph(DAY.format(facts.meetingDay()));
            writer.y -= LEADING;
            writer.paragraph(facts.agencyName() + " (NPI " + facts.agencyNpi() + ")");
            writer.paragraph(facts.agencyAddress());
            writer.y -= LEADING;
            writer.canvas.text(fonts.serifBold(), 13, Palette.INK, MARGIN, writer.y, "Re: Credentialing as a Peer Support Service provider");
            writer.y -= 2 * LEADING;
            for (String text : body(facts)) {
                writer.paragraph(text);
                writer.y -= LEADING / 2;
            }
            writer.y -= LEADING;
            writer.paragraph("The " + facts.payer() + " Credentialing Committee");
            writer.close();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the decision letter of " + facts.agencyName(), e);
        }
    }

    /** Writes lines down the page and starts another when one is full, so long minutes are never cut. */
    private static final class Writer implements AutoCloseable {
        private final PDDocument document;
        private final Fonts fonts;
        private PageCanvas canvas;
        private float y;

        Writer(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        private void newPage() throws IOException {
            if (canvas != null) {
                canvas.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            canvas = new PageCanvas(document, page);
            y = HEIGHT - MARGIN;
        }

        void paragraph(String text) throws IOException {
            for (String line : PrintableText.wrap(fonts.serif(), PrintableText.printable(fonts.serif(), text), TEXT_WIDTH, BODY_SIZE)) {
                if (y < MARGIN) {
                    newPage();
                }
                canvas.text(fonts.serif(), BODY_SIZE, Palette.INK, MARGIN, y, line);
                y -= LEADING;
            }
        }

        @Override
        public void close() throws IOException {
            if (canvas != null) {
                canvas.close();
                canvas = null;
            }
        }
    }

    static List<String> body(Facts facts) {
        List<String> paragraphs = new ArrayList<>();
        String vote = "The committee voted " + facts.approve() + " to approve, " + facts.deny() + " to deny and " + facts.defer() + " to defer.";
        switch (facts.outcome()) {
            case APPROVED -> {
                paragraphs.add("At its meeting of " + DAY.format(facts.meetingDay()) + " the Credentialing Committee approved your agency as a"
                        + " Peer Support Service provider in the " + facts.payer() + " network, effective " + DAY.format(facts.effectiveFrom()) + ".");
                paragraphs.add("Claims for peer support services delivered from that date by certified staff on your roster may be submitted."
                        + " The approval lasts until " + DAY.format(facts.approvedUntil()) + "; you will be reminded to apply again before then.");
            }
            case DENIED -> paragraphs.add("At its meeting of " + DAY.format(facts.meetingDay()) + " the Credentialing Committee did not approve"
                    + " your agency as a Peer Support Service provider in the " + facts.payer() + " network. Claims for peer support services"
                    + " will be denied. You may apply again once the reasons below are addressed.");
            case DEFERRED -> paragraphs.add("At its meeting of " + DAY.format(facts.meetingDay()) + " the Credentialing Committee deferred"
                    + " its decision on your request to a later meeting.");
        }
        paragraphs.add(vote);
        paragraphs.add("Minutes: " + facts.minutes());
        return paragraphs;
    }
}
