package org.peercert.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.peercert.network.committee.Outcome;
import org.peercert.testing.PdfContent;

/** R-NET-3: the decision letter says what the committee decided, from when, until when, and by what vote. */
class DecisionLetterTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 12, 1);

    private static DecisionLetter.Facts facts(Outcome outcome, LocalDate effective) {
        return new DecisionLetter.Facts("Prairie Peer Recovery Center", "1234567893", "1 Main St, Topeka, KS 66603", "Optum Idaho", outcome, MEETING,
                effective, effective == null ? null : effective.plusYears(3), 3, 1, 0, "Audit clean; contact notes complete.");
    }

    @Test
    void anApprovalNamesTheEffectiveDateTheEndAndTheVote() throws IOException {
        String text = PdfContent.flatText(DecisionLetter.render(facts(Outcome.APPROVED, MEETING.plusDays(14))));

        assertTrue(text.contains("approved your agency as a Peer Support Service provider in the Optum Idaho network, effective December 15, 2026"),
                text);
        assertTrue(text.contains("until December 15, 2029"), text);
        assertTrue(text.contains("Re: Credentialing as a Peer Support Service provider"), text);
        assertFalse(text.matches("(?s).*R-[A-Z]+-\\d.*"), "an official letter names no internal rule id: " + text);
        assertTrue(text.contains("3 to approve, 1 to deny and 0 to defer"), text);
        assertTrue(text.contains("Minutes: Audit clean; contact notes complete."), text);
    }

    @Test
    void aDenialSaysClaimsWillBeDeniedAndHasNoEffectiveDate() throws IOException {
        String text = PdfContent.flatText(DecisionLetter.render(facts(Outcome.DENIED, null)));

        assertTrue(text.contains("did not approve your agency"), text);
        assertTrue(text.contains("Claims for peer support services will be denied"), text);
        assertFalse(text.contains("effective"), text);
    }

    @Test
    void longMinutesRunOntoASecondPageWithNothingCut() throws IOException {
        String minutes = "The committee discussed the audit at length. ".repeat(88) + "Closing word: quorum.";
        DecisionLetter.Facts f = facts(Outcome.APPROVED, MEETING);
        byte[] pdf = DecisionLetter.render(new DecisionLetter.Facts(f.agencyName(), f.agencyNpi(), f.agencyAddress(), f.payer(), f.outcome(),
                f.meetingDay(), f.effectiveFrom(), f.approvedUntil(), 3, 0, 0, minutes));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
        }
        assertTrue(PdfContent.flatText(pdf).contains("Closing word: quorum."));
        assertTrue(PdfContent.flatText(pdf).contains("The Optum Idaho Credentialing Committee"));
    }
}
