package org.peercert.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.pdf.Fonts;
import org.peercert.platform.pdf.OfficeMarks;
import org.peercert.platform.pdf.PageCanvas;

/**
 * R-TRN-3: the written certification, printable as a wall certificate and as a wallet card, each with a QR
 * code that opens the public verification page. Both are made on demand from current data, so a certificate
 * that is not active says so across the page.
 */
public final class CertificateDocuments {

    /** US Letter, landscape: 11 x 8.5 in. */
    static final PDRectangle LETTER_LANDSCAPE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    /** A CR80 card, the size of a credit card: 3.375 x 2.125 in. */
    static final PDRectangle CR80_CARD = new PDRectangle(243, 153);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private CertificateDocuments() {
    }

    /**
     * @param office the office that issues it, named in its heading and under the signature line (#28)
     * @param marks the office's seal and signature pictures in force when the certificate was issued, if it had any (#28)
     */
    public static byte[] wallCertificate(CertificateCard card, OfficeDetails office, OfficeMarks marks) {
        return render(card, office, LETTER_LANDSCAPE, canvas -> WallCertificate.draw(canvas, Fonts.standard14(), card, office, marks));
    }

    public static byte[] walletCard(CertificateCard card, OfficeDetails office, OfficeMarks marks) {
        return render(card, office, CR80_CARD, canvas -> WalletCard.draw(canvas, Fonts.standard14(), card, office, marks));
    }

    static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    private interface Drawing {
        void drawOn(PageCanvas canvas) throws IOException;
    }

    private static byte[] render(CertificateCard card, OfficeDetails office, PDRectangle size, Drawing drawing) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            describe(document, card, office);
            try (PageCanvas canvas = new PageCanvas(document, page)) {
                drawing.drawOn(canvas);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the PDF of certificate " + card.number(), e);
        }
    }

    /** The PDF's properties name the office that issues it (#28), as its pages do. */
    private static void describe(PDDocument document, CertificateCard card, OfficeDetails office) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(card.trackLabel() + " certificate " + card.number());
        information.setAuthor(office.name());
        information.setSubject(card.trackLabel() + " (" + card.status() + ")");
    }
}
