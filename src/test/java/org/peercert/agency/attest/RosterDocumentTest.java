package org.peercert.agency.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.peercert.platform.OfficeDetails;
import org.peercert.testing.PdfContent;

/** The roster PDF and the attestation: every person with their verdict, dated, and an attestation's code that /verify reads. */
class RosterDocumentTest {

    private static final OfficeDetails OFFICE = new OfficeDetails("Sunflower Peer Certification Board", "PeerCert", null, null, null, null,
            null, null, null);

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final ZonedDateTime MADE_AT = ZonedDateTime.of(2026, 11, 23, 15, 4, 0, 0, ZoneOffset.UTC);
    private static final String CODE = "7K3MQ9XP2D4H";
    private static final String VERIFY_URL = "https://portal.example/verify?attestation=RA-7K3M-Q9XP-2D4H";

    @Test
    void anAttestationListsEachPersonWithTheVerdictAndItsReasonsAndIsDated() throws IOException {
        AttestedPerson eligible = person("Avery Quinn", "PS-CPS-2026-000001", true, List.of());
        AttestedPerson suspended = person("Blake Rivera", "PS-CPS-2026-000002", false,
                List.of("The certificate is suspended (R-TRN-3)", "No clinical supervisor in place (R-SUP-1)"));

        String text = oneLine(PdfContent.text(RosterDocument.render(attestation(List.of(eligible, suspended)), OFFICE)));

        assertTrue(text.contains("Roster attestation"), text);
        assertTrue(text.contains("Prairie Peer Recovery Center (NPI 1234567893)"), text);
        assertTrue(text.contains("Verdicts as of November 23, 2026"), text);
        assertTrue(text.contains("2 people on the roster; 1 eligible to bill on that day"), text);
        assertTrue(text.contains("Verification code RA-7K3M-Q9XP-2D4H"), text);
        assertTrue(text.contains(VERIFY_URL), text);
        assertTrue(text.contains("Avery Quinn PS-CPS-2026-000001"), text);
        assertTrue(text.contains("The certificate is suspended (R-TRN-3)"), text);
        assertTrue(text.contains("No clinical supervisor in place (R-SUP-1)"), text);
        assertTrue(text.contains("The Sunflower Peer Certification Board attests that on the day above"), "#28: the office attests: " + text);
        assertTrue(text.contains("SUNFLOWER PEER CERTIFICATION BOARD"), text);
        assertFalse(text.contains("PeerCert attests"), text);
    }

    @Test
    void theQrCodeOpensTheAttestationOnTheVerifyPage() throws Exception {
        byte[] pdf = RosterDocument.render(attestation(List.of(person("Avery Quinn", "PS-CPS-2026-000001", true, List.of()))), OFFICE);

        assertEquals(VERIFY_URL, PdfContent.qrCode(pdf));
    }

    @Test
    void aLongRosterRunsOverPagesWithNobodyLostAndEachPageNumbered() throws IOException {
        List<AttestedPerson> people = IntStream.rangeClosed(1, 240)
                .mapToObj(i -> person("Person Number" + i, "PS-CPS-2026-%06d".formatted(i), i % 3 != 0,
                        i % 3 == 0 ? List.of("The certificate is expired (R-TRN-3)") : List.of()))
                .toList();

        byte[] pdf = RosterDocument.render(attestation(people), OFFICE);

        int pages = pageCount(pdf);
        assertTrue(pages > 5, "pages: " + pages);
        String text = PdfContent.text(pdf);
        for (AttestedPerson p : people) {
            assertTrue(text.contains(p.name() + "\n") || text.contains(p.name() + " "), p.name());
        }
        assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), text);
        assertTrue(text.contains("240 people on the roster; 160 eligible to bill on that day"));
        assertTextWithinPages(pdf);
    }

    @Test
    void aPlainExportIsNotAnAttestationAndHasNoCode() throws IOException {
        RosterSheet live = new RosterSheet("Prairie Peer Recovery Center", "1234567893", AS_OF, MADE_AT, "agency@peercert.test",
                List.of(person("Avery Quinn", "PS-CPS-2026-000001", true, List.of())), null, null);

        String text = oneLine(PdfContent.text(RosterDocument.render(live, OFFICE)));

        assertFalse(text.contains("Roster attestation"), text);
        assertFalse(text.contains("Verification code"), text);
        assertTrue(text.contains("A working copy of the roster"), text);
        assertTrue(text.contains("Avery Quinn"), text);
    }

    @Test
    void anEmptyRosterSaysSo() throws IOException {
        String text = oneLine(PdfContent.text(RosterDocument.render(attestation(List.of()), OFFICE)));

        assertTrue(text.contains("0 people on the roster; 0 eligible"), text);
        assertTrue(text.contains("Nobody is on the roster."), text);
    }

    @Test
    void namesTheFontsCannotShowAndLongSupervisorNamesStayInsideTheirCells() throws IOException {
        AttestedPerson person = new AttestedPerson("Nguyễn Thị Ánh", "PS-PPS-2026-000009", "PPS", "Active", AS_OF.plusYears(2), "3 of 20",
                "Supervisor With A Remarkably Long Hyphenated-Double-Barrelled-Name Smith", null, "No match", true, List.of());

        byte[] pdf = RosterDocument.render(attestation(List.of(person)), OFFICE);

        assertTrue(PdfContent.text(pdf).contains("Nguyen Thi Ánh"), PdfContent.text(pdf));
        assertTextWithinPages(pdf);
    }

    private static RosterSheet attestation(List<AttestedPerson> people) {
        return new RosterSheet("Prairie Peer Recovery Center", "1234567893", AS_OF, MADE_AT, "agency@peercert.test", people, CODE, VERIFY_URL);
    }

    private static AttestedPerson person(String name, String number, boolean eligible, List<String> reasons) {
        return new AttestedPerson(name, number, "CPS", eligible ? "Active" : "Suspended", AS_OF.plusYears(1), "12 of 20", "Pat Peer",
                "Dr. Lee Clinical", "No match", eligible, reasons);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Every glyph lies inside its page, above the bottom margin's footer line and within the width. */
    private static void assertTextWithinPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            collector.getText(document);
            assertFalse(glyphs.isEmpty());
            for (TextPosition glyph : glyphs) {
                assertTrue(glyph.getX() >= 0 && glyph.getX() + glyph.getWidth() <= width && glyph.getY() >= 0 && glyph.getY() <= height,
                        () -> "'" + glyph.getUnicode() + "' at " + glyph.getX() + "," + glyph.getY() + " is off the page");
            }
        }
    }
}
