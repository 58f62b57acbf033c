package org.peercert.certificate;

import static org.peercert.certificate.CertificateDocuments.formatDate;

import java.awt.Color;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.pdf.Fonts;
import org.peercert.platform.pdf.OfficeMarks;
import org.peercert.platform.pdf.PageCanvas.Align;
import org.peercert.platform.pdf.PageCanvas;
import org.peercert.platform.pdf.Palette;
import org.peercert.platform.pdf.QrCode;

/** R-TRN-3: the wallet card, a CR80 card (243 x 153 pt) to cut out along its hairline. */
final class WalletCard {

    private static final float WIDTH = 243;
    private static final float HEIGHT = 153;
    private static final float MARGIN = 9;
    private static final float HEADER_BOTTOM = HEIGHT - 24;
    private static final float QR_SIZE = 72;
    private static final float QR_LEFT = WIDTH - MARGIN - QR_SIZE + 4;
    private static final float QR_BOTTOM = 44;
    private static final float TEXT_WIDTH = QR_LEFT - MARGIN - 4;
    private static final float WARNING_HEIGHT = 22;

    private WalletCard() {
    }

    static void draw(PageCanvas canvas, Fonts fonts, CertificateCard card, OfficeDetails office, OfficeMarks marks) throws IOException {
        if (!card.isActive()) {
            canvas.turnedText(fonts.sansBold(), 36, Palette.WARNING_WATERMARK, WIDTH / 2, (WARNING_HEIGHT + HEADER_BOTTOM) / 2,
                    Math.atan2(HEIGHT, WIDTH), card.status());
        }
        canvas.strokeRect(Palette.HAIRLINE, 0.5f, 0.25f, 0.25f, WIDTH - 0.5f, HEIGHT - 0.5f);
        header(canvas, fonts, office, marks);
        holder(canvas, fonts, card);
        details(canvas, fonts, card);
        verification(canvas, fonts, card);
        if (!card.isActive()) {
            warningBand(canvas, fonts, card);
        }
    }

    /** The office's name on a band, after its seal when it gave one (#28), on a white square so that any seal shows on the band. */
    private static void header(PageCanvas canvas, Fonts fonts, OfficeDetails office, OfficeMarks marks) throws IOException {
        float band = HEIGHT - HEADER_BOTTOM;
        canvas.fillRect(Palette.NAVY, 0, HEADER_BOTTOM, WIDTH, band);
        canvas.fillRect(Palette.GOLD, 0, HEADER_BOTTOM - 1.5f, WIDTH, 1.5f);
        float nameLeft = MARGIN;
        Optional<byte[]> seal = marks.seal();
        if (seal.isPresent()) {
            float center = MARGIN + band / 2 - 2;
            canvas.fillRect(Palette.WHITE, center - band / 2 + 2, HEADER_BOTTOM + 2, band - 4, band - 4);
            canvas.picture(seal.get(), center, HEADER_BOTTOM + band / 2, band - 6, band - 6);
            nameLeft = MARGIN + band + 2;
        }
        canvas.fittedText(fonts.sansBold(), 8, Palette.WHITE, Align.LEFT, nameLeft, WIDTH - MARGIN - nameLeft,
                HEADER_BOTTOM + 12, 1, office.name());
    }

    private static void holder(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        canvas.fittedText(fonts.sansBold(), 11, Palette.INK, Align.LEFT, MARGIN, TEXT_WIDTH, 110, 2, card.holderName());
        canvas.fittedText(fonts.sans(), 7.5f, Palette.NAVY, Align.LEFT, MARGIN, TEXT_WIDTH, 93, 1, card.trackLabel());
    }

    private static void details(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        detail(canvas, fonts, 70, "Certificate no.", card.number(), Palette.INK);
        detail(canvas, fonts, 50, "Expires", formatDate(card.expiresOn()), Palette.INK);
        detail(canvas, fonts, 30, "Status", card.status(), card.isActive() ? Palette.GREEN : Palette.WARNING);
    }

    private static void detail(PageCanvas canvas, Fonts fonts, float y, String label, String value, Color color)
            throws IOException {
        canvas.text(fonts.sans(), 5.5f, Palette.MUTED, MARGIN, y + 9, label.toUpperCase());
        canvas.fittedText(fonts.sansBold(), 8, color, Align.LEFT, MARGIN, TEXT_WIDTH, y + 3, 1, value);
    }

    private static void verification(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        PDImageXObject qr = QrCode.image(canvas.document(), card.verifyUrl());
        canvas.image(qr, QR_LEFT, QR_BOTTOM, QR_SIZE);
        canvas.centeredText(fonts.sans(), 5.5f, Palette.MUTED, QR_LEFT + QR_SIZE / 2, QR_BOTTOM - 3, "Scan to verify");
    }

    private static void warningBand(PageCanvas canvas, Fonts fonts, CertificateCard card) throws IOException {
        canvas.fillRect(Palette.WARNING, 0, 0, WIDTH, WARNING_HEIGHT);
        boolean hasNote = card.statusNote() != null && !card.statusNote().isBlank();
        canvas.fittedText(fonts.sansBold(), 8, Palette.WHITE, Align.CENTER, MARGIN, WIDTH - 2 * MARGIN,
                hasNote ? 14.5f : WARNING_HEIGHT / 2, 1, card.notValidWarning());
        if (hasNote) {
            canvas.fittedText(fonts.sans(), 5.5f, Palette.WHITE, Align.CENTER, MARGIN, WIDTH - 2 * MARGIN, 6, 1,
                    card.statusNote());
        }
    }
}
