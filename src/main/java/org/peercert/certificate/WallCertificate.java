package org.peercert.certificate;

import static org.peercert.certificate.CertificateDocuments.formatDate;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.pdf.Fonts;
import org.peercert.platform.pdf.OfficeMarks;
import org.peercert.platform.pdf.PageCanvas.Align;
import org.peercert.platform.pdf.PageCanvas;
import org.peercert.platform.pdf.Palette;
import org.peercert.platform.pdf.QrCode;

/** R-TRN-3: the wall certificate, US Letter landscape (792 x 612 pt). */
final class WallCertificate {

    static final String REQUIREMENTS = "has met every requirement for certification (accepted eligibility, the state-approved"
            + " basic training, the written test and clear background checks) and holds the credential of";

    private static final float WIDTH = 792;
    private static final float HEIGHT = 612;
    private static final float CENTER = WIDTH / 2;
    private static final float FRAME = 30;
    private static final float TEXT_WIDTH = 600;
    private static final float QR_SIZE = 104;
    private static final float QR_LEFT = WIDTH - FRAME - 48 - QR_SIZE;
    private static final float QR_BOTTOM = 92;
    private static final float SEAL_SIZE = 100;
    private static final float SIGNATURE_HEIGHT = 30;
    private static final float SIGNING_LINE = 92;

    private WallCertificate() {
    }

    static void draw(PageCanvas canvas, Fonts fonts, CertificateCard card, OfficeDetails office, OfficeMarks marks) throws IOException {
        if (!card.isActive()) {
            watermark(canvas, fonts, card);
        }
        frame(canvas);
        if (!card.isActive()) {
            warningBand(canvas, fonts, card);
        }
        heading(canvas, fonts, office);
        holderAndCredential(canvas, fonts, card);
        seal(canvas, fonts, office, marks);
        dates(canvas, fonts, card);
        signatureLine(canvas, fonts, office, marks);
        verification(canvas, fonts, card);
    }

    private static void watermark(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        canvas.turnedText(fonts.sansBold(), 110, Palette.WARNING_WATERMARK, CENTER, HEIGHT / 2,
                Math.atan2(HEIGHT, WIDTH), card.status());
    }

    private static void frame(PageCanvas canvas) throws IOException {
        canvas.strokeRect(Palette.NAVY, 3, FRAME - 8, FRAME - 8, WIDTH - 2 * (FRAME - 8), HEIGHT - 2 * (FRAME - 8));
        canvas.strokeRect(Palette.GOLD, 1.2f, FRAME, FRAME, WIDTH - 2 * FRAME, HEIGHT - 2 * FRAME);
        canvas.strokeRect(Palette.GOLD, 0.5f, FRAME + 4, FRAME + 4, WIDTH - 2 * (FRAME + 4), HEIGHT - 2 * (FRAME + 4));
    }

    private static void warningBand(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        float bottom = HEIGHT - FRAME - 4 - 50;
        canvas.fillRect(Palette.WARNING, FRAME + 4, bottom, WIDTH - 2 * (FRAME + 4), 50);
        boolean hasNote = card.statusNote() != null && !card.statusNote().isBlank();
        canvas.fittedText(fonts.sansBold(), 20, Palette.WHITE, Align.CENTER, FRAME + 20, WIDTH - 2 * (FRAME + 20),
                hasNote ? bottom + 32 : bottom + 25, 1, card.notValidWarning());
        if (hasNote) {
            canvas.fittedText(fonts.sans(), 11, Palette.WHITE, Align.CENTER, FRAME + 20, WIDTH - 2 * (FRAME + 20),
                    bottom + 13, 1, card.statusNote());
        }
    }

    private static void heading(PageCanvas canvas, Fonts fonts, OfficeDetails office) throws IOException {
        canvas.fittedText(fonts.sansBold(), 11, Palette.NAVY, Align.CENTER, CENTER - TEXT_WIDTH / 2, TEXT_WIDTH, 506, 1,
                office.name().toUpperCase(Locale.ROOT));
        canvas.centeredText(fonts.serifBold(), 38, Palette.NAVY, CENTER, 458, "Certificate of Certification");
        canvas.line(Palette.GOLD, 1, CENTER - 60, 442, CENTER + 60, 442);
        canvas.centeredText(fonts.serifItalic(), 16, Palette.INK, CENTER, 410, "This certifies that");
    }

    private static void holderAndCredential(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        canvas.fittedText(fonts.serifBold(), 34, Palette.INK, Align.CENTER, CENTER - TEXT_WIDTH / 2, TEXT_WIDTH, 368, 2,
                card.holderName());
        canvas.line(Palette.GOLD, 0.75f, CENTER - 220, 329, CENTER + 220, 329);
        canvas.fittedText(fonts.serif(), 13.5f, Palette.INK, Align.CENTER, CENTER - 270, 540, 298, 2, REQUIREMENTS);
        canvas.fittedText(fonts.serifBold(), 24, Palette.NAVY, Align.CENTER, CENTER - TEXT_WIDTH / 2, TEXT_WIDTH, 256, 1,
                card.trackLabel());
    }

    /** The office's own seal picture (#28) or, without one, a drawn seal with the program's and the office's names. */
    private static void seal(PageCanvas canvas, Fonts fonts, OfficeDetails office, OfficeMarks marks) throws IOException {
        float x = FRAME + 48 + 52;
        float y = QR_BOTTOM + QR_SIZE / 2;
        Optional<byte[]> picture = marks.seal();
        if (picture.isPresent()) {
            canvas.picture(picture.get(), x, y, SEAL_SIZE, SEAL_SIZE);
            return;
        }
        canvas.circle(Palette.GOLD, 2, x, y, 50);
        canvas.circle(Palette.GOLD, 0.75f, x, y, 44);
        canvas.fittedText(fonts.serifBold(), 15, Palette.NAVY, Align.CENTER, x - 38, 76, y + 6, 2, office.program());
        canvas.fittedText(fonts.sans(), 6, Palette.NAVY, Align.CENTER, x - 34, 68, y - 16, 2, office.name().toUpperCase(Locale.ROOT));
    }

    private static void dates(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        float labelRight = CENTER - 6;
        float valueLeft = CENTER + 6;
        detail(canvas, fonts, labelRight, valueLeft, 186, "Certificate number", card.number());
        detail(canvas, fonts, labelRight, valueLeft, 164, "Issued", formatDate(card.issuedOn()));
        detail(canvas, fonts, labelRight, valueLeft, 142, "Expires", formatDate(card.expiresOn()));
    }

    /**
     * The line the certifying official signs, their signature above it when the office gave one (#28), their name and
     * title under it, and the office they sign for.
     */
    private static void signatureLine(PageCanvas canvas, Fonts fonts, OfficeDetails office, OfficeMarks marks) throws IOException {
        Optional<byte[]> signature = marks.signature();
        if (signature.isPresent()) {
            canvas.picture(signature.get(), CENTER, SIGNING_LINE + SIGNATURE_HEIGHT / 2 + 1, 240, SIGNATURE_HEIGHT);
        }
        canvas.line(Palette.INK, 0.5f, CENTER - 130, SIGNING_LINE, CENTER + 130, SIGNING_LINE);
        String official = office.official();
        float y = 80;
        if (!official.isEmpty()) {
            canvas.centeredText(fonts.serif(), 10, Palette.INK, CENTER, y, official);
            y -= 12;
        }
        canvas.fittedText(fonts.serifItalic(), 10, Palette.MUTED, Align.CENTER, CENTER - 200, 400, y, 1, "For the " + office.name());
    }

    private static void detail(PageCanvas canvas, Fonts fonts, float labelRight, float valueLeft, float y, String label,
                               String value) throws IOException {
        canvas.rightAlignedText(fonts.sans(), 9, Palette.MUTED, labelRight, y, label.toUpperCase());
        canvas.text(fonts.serifBold(), 13, Palette.INK, valueLeft, y, value);
    }

    private static void verification(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        PDImageXObject qr = QrCode.image(canvas.document(), card.verifyUrl());
        canvas.image(qr, QR_LEFT, QR_BOTTOM, QR_SIZE);
        float center = QR_LEFT + QR_SIZE / 2;
        canvas.centeredText(fonts.sans(), 7, Palette.MUTED, center, QR_BOTTOM - 6, "Scan to confirm current status");
        canvas.fittedText(fonts.sans(), 6.5f, Palette.MUTED, Align.CENTER, center - 80, 160, QR_BOTTOM - 17, 1,
                card.verifyUrl());
    }
}
