package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.pdf.OfficeMarks;
import org.peercert.testing.PdfContent;

/** R-TRN-3: the wall certificate and the wallet card. */
class CertificateDocumentsTest {

    private static final OfficeDetails OFFICE = new OfficeDetails("Sunflower Peer Certification Board", "Kansas PeerCert",
            "1 Capitol Sq, Topeka", "785-555-0199", "board@example.org", null, null, "Ann Lee", "Registrar");

    private static final Pattern RULE_ID = Pattern.compile("R-[A-Z]+-\\d");

    private static final String VERIFY_URL = "https://peercert.example.org/verify/PC-2026-000123";
    private static final String HUNDRED_CHARACTER_NAME =
            "Alexandria Konstantina Maximiliana Featherstonehaugh-Worthington de la Cruz y Montenegro Bartholomew";
    private static final List<Function<CertificateCard, byte[]>> BOTH_DOCUMENTS =
            List.of(card -> CertificateDocuments.wallCertificate(card, OFFICE, OfficeMarks.none()),
                    card -> CertificateDocuments.walletCard(card, OFFICE, OfficeMarks.none()));

    private static CertificateCard card(String holderName, String status, String statusNote) {
        return new CertificateCard("PC-2026-000123", "Certified Peer Specialist", holderName, LocalDate.of(2026, 3, 2),
                LocalDate.of(2028, 3, 1), status, statusNote, VERIFY_URL);
    }

    private static CertificateCard active() {
        return card("Maria Elena Rodríguez", "ACTIVE", null);
    }

    private static CertificateCard suspended() {
        return card("Maria Elena Rodríguez", "SUSPENDED", "Suspended until Jan 31, 2027");
    }

    @Test
    void wallCertificateQrCodeOpensTheVerificationPage() throws Exception {
        assertEquals(VERIFY_URL, PdfContent.qrCode(CertificateDocuments.wallCertificate(active(), OFFICE, OfficeMarks.none())));
    }

    @Test
    void walletCardQrCodeOpensTheVerificationPage() throws Exception {
        assertEquals(VERIFY_URL, PdfContent.qrCode(CertificateDocuments.walletCard(active(), OFFICE, OfficeMarks.none())));
    }

    /** #28: the office's own seal and signature are drawn when it gave them, besides the QR code; otherwise only the QR code. */
    @Test
    void theOfficesSealAndSignaturePicturesAreDrawnWhenItGaveThem() throws Exception {
        OfficeMarks marks = OfficeMarks.of(png(40, 40), png(120, 30));
        List<String> qrOnly = PdfContent.pictureSizes(CertificateDocuments.wallCertificate(active(), OFFICE, OfficeMarks.none()));
        assertEquals(1, qrOnly.size(), "without pictures the seal is drawn, the line left to sign: " + qrOnly);
        List<String> wall = PdfContent.pictureSizes(CertificateDocuments.wallCertificate(active(), OFFICE, marks));
        assertTrue(wall.containsAll(List.of("40x40", "120x30")) && wall.size() == 3, "seal, signature and QR code: " + wall);
        List<String> card = PdfContent.pictureSizes(CertificateDocuments.walletCard(active(), OFFICE, marks));
        assertTrue(card.contains("40x40") && card.size() == 2, "the card carries the seal, not the signature: " + card);
        assertEquals(VERIFY_URL, PdfContent.qrCode(CertificateDocuments.wallCertificate(active(), OFFICE, marks)), "the QR code still scans");
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void suspendedDocumentsStillCarryAReadableQrCode() throws Exception {
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            assertEquals(VERIFY_URL, PdfContent.qrCode(document.apply(suspended())));
        }
    }

    @Test
    void wallCertificateNamesHolderNumberTrackAndDates() throws IOException {
        String text = PdfContent.text(CertificateDocuments.wallCertificate(active(), OFFICE, OfficeMarks.none()));
        assertAll(
                () -> assertTrue(text.contains("Maria Elena Rodríguez"), text),
                () -> assertTrue(text.contains("PC-2026-000123"), text),
                () -> assertTrue(text.contains("Certified Peer Specialist"), text),
                () -> assertTrue(text.contains("March 2, 2026"), text),
                () -> assertTrue(text.contains("March 1, 2028"), text),
                () -> assertTrue(text.contains("has met every requirement for certification"), text),
                () -> assertTrue(text.contains("SUNFLOWER PEER CERTIFICATION BOARD"), "#28: the configured office heads it: " + text),
                () -> assertTrue(text.contains("Ann Lee, Registrar") && text.contains("For the Sunflower Peer Certification Board"),
                        "the official signs for the office: " + text),
                () -> assertFalse(RULE_ID.matcher(text).find(), "an official document names no internal rule id: " + text),
                () -> assertTrue(text.contains(VERIFY_URL), text));
    }

    @Test
    void walletCardNamesHolderNumberTrackExpiryAndStatus() throws IOException {
        String text = PdfContent.text(CertificateDocuments.walletCard(active(), OFFICE, OfficeMarks.none()));
        assertAll(
                () -> assertTrue(text.contains("Maria Elena Rodríguez"), text),
                () -> assertTrue(text.contains("PC-2026-000123"), text),
                () -> assertTrue(text.contains("Certified Peer Specialist"), text),
                () -> assertTrue(text.contains("March 1, 2028"), text),
                () -> assertTrue(text.contains("ACTIVE"), text),
                () -> assertTrue(text.contains("Sunflower Peer Certification Board"), "#28: the issuing office: " + text));
    }

    @Test
    void suspendedDocumentsSaySoWithTheNote() throws IOException {
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            String text = PdfContent.text(document.apply(suspended()));
            assertTrue(text.contains("SUSPENDED \u2013 NOT VALID FOR PRACTICE"), text);
            assertTrue(text.contains("Suspended until Jan 31, 2027"), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"REVOKED", "EXPIRED", "INACTIVE", "suspended"})
    void everyStatusButActiveIsMarkedNotValid(String status) throws IOException {
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            String text = PdfContent.text(document.apply(card("Maria Elena Rodríguez", status, null)));
            assertTrue(text.contains(status.toUpperCase() + " \u2013 NOT VALID FOR PRACTICE"), text);
        }
    }

    @Test
    void activeDocumentsAreNotMarkedNotValid() throws IOException {
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            String text = PdfContent.text(document.apply(active()));
            assertFalse(text.contains("NOT VALID"), text);
            assertFalse(text.contains("SUSPENDED"), text);
        }
    }

    @Test
    void wallCertificateIsUsLetterLandscape() throws IOException {
        PDRectangle page = pageSize(CertificateDocuments.wallCertificate(active(), OFFICE, OfficeMarks.none()));
        assertEquals(792, page.getWidth(), 0.01);
        assertEquals(612, page.getHeight(), 0.01);
    }

    @Test
    void walletCardIsCr80CardSized() throws IOException {
        PDRectangle page = pageSize(CertificateDocuments.walletCard(active(), OFFICE, OfficeMarks.none()));
        assertEquals(243, page.getWidth(), 0.01);
        assertEquals(153, page.getHeight(), 0.01);
    }

    @Test
    void documentInformationNamesTheCertificateAndTheOfficeThatIssuesIt() throws IOException {
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            try (PDDocument pdf = Loader.loadPDF(document.apply(active()))) {
                assertEquals(active().trackLabel() + " certificate PC-2026-000123", pdf.getDocumentInformation().getTitle());
                assertEquals("Sunflower Peer Certification Board", pdf.getDocumentInformation().getAuthor(), "#28");
                assertEquals(1, pdf.getNumberOfPages());
            }
        }
    }

    @Test
    void aHundredCharacterNameIsShrunkToStayOnThePage() throws Exception {
        assertEquals(100, HUNDRED_CHARACTER_NAME.length());
        CertificateCard card = card(HUNDRED_CHARACTER_NAME, "SUSPENDED",
                "Suspended by the certification board pending the outcome of a hearing set for 2027-01-31 at the office");
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            byte[] pdf = document.apply(card);
            assertEquals(VERIFY_URL, PdfContent.qrCode(pdf));
            assertTrue(PdfContent.text(pdf).replaceAll("\\s+", " ").contains(HUNDRED_CHARACTER_NAME));
            assertHorizontalTextWithinPage(pdf);
        }
    }

    @Test
    void lettersOutsideWinAnsiArePrintedAsTheirBaseLetterOrAQuestionMark() throws Exception {
        CertificateCard card = card("Nguyễn Thị\t李", "ACTIVE", null);
        for (Function<CertificateCard, byte[]> document : BOTH_DOCUMENTS) {
            byte[] pdf = document.apply(card);
            assertEquals(VERIFY_URL, PdfContent.qrCode(pdf));
            assertTrue(PdfContent.text(pdf).contains("Nguyen Thi ?"), PdfContent.text(pdf));
        }
    }

    private static PDRectangle pageSize(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox();
        }
    }

    /** Every glyph not turned (the watermark is) lies inside the page, so nothing was cut off. */
    private static void assertHorizontalTextWithinPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            List<TextPosition> glyphs = glyphs(document);
            assertFalse(glyphs.isEmpty());
            for (TextPosition glyph : glyphs) {
                if (glyph.getTextMatrix().getShearY() == 0) {
                    assertTrue(glyph.getX() >= 0 && glyph.getX() + glyph.getWidth() <= pageWidth,
                            () -> "'" + glyph.getUnicode() + "' at x=" + glyph.getX() + " is off the page");
                }
            }
        }
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        collector.getText(document);
        return glyphs;
    }
}
