package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.ChecklistRow;

/** What the portal writes down for people (audit details) is in the same words as its pages. */
class WordsTest {

    @Test
    void aStatusIsWrittenAsItsLabel() {
        assertEquals("Being reviewed by state staff", Words.of(ApplicationStatus.IN_REVIEW));
        assertEquals("Waiting for state staff", Words.of(ChecklistRow.State.WAITING_FOR_STAFF));
        assertEquals("", Words.of(null));
    }

    @Test
    void aMessageIsWrittenWithItsArgumentsAndAMissingOneShowsItsKey() {
        assertEquals("That file is larger than 10 MB. Scan at a lower resolution or send a photo.", Words.message("document.tooLarge", 10));
        assertEquals("no.such.key", Words.message("no.such.key"));
    }

    @Test
    void anApostropheIsOneWhetherTheMessageTakesArgumentsOrNot() {
        assertEquals("Give the agency's 10-digit National Provider Identifier; this one is not a valid NPI (its check digit does not match).",
                Words.message("agency.npi"));
        assertEquals("Give the agency's legal name (at most 200 characters).", Words.message("agency.legalName", 200));
        assertEquals("Choose the agency's state.", Words.message("agency.state"));
    }

    @Test
    void countsAreWrittenInTheSingularForOne() {
        assertEquals("Attestation A-7 is made: 1 of 1 person eligible to bill today. Download its PDF from the list below.",
                Words.message("roster.attested", "A-7", 1, 1));
        assertEquals("Attestation A-7 is made: 2 of 3 people eligible to bill today. Download its PDF from the list below.",
                Words.message("roster.attested", "A-7", 2, 3));
        assertEquals("0 added, 0 already on your roster, 1 line not added (listed below).", Words.message("roster.uploaded", 0, 0, 1));
        assertEquals("Attendance saved (1 entry changed).", Words.message("training.attendanceSaved", 1));
        assertEquals("1 certificate issued, 0 refused.", Words.message("certificate.batchIssued", 1, 0));
    }

    @Test
    void hoursAreSingularOnlyForExactlyOne() {
        assertEquals("Logged: 1 hour of Ethics. Staff may ask for the proof if your renewal is drawn for a CE audit.",
                Words.message("ce.logged", new BigDecimal("1.0").stripTrailingZeros(), "Ethics"));
        assertEquals("Logged: 1.5 hours of Ethics. Staff may ask for the proof if your renewal is drawn for a CE audit.",
                Words.message("ce.logged", new BigDecimal("1.5"), "Ethics"));
        assertEquals("Logged: 0.5 hours of Ethics. Staff may ask for the proof if your renewal is drawn for a CE audit.",
                Words.message("ce.logged", new BigDecimal("0.5"), "Ethics"));
    }

    @Test
    void aMovedMeetingSaysHowLateThePacketsCome() {
        assertEquals("The members get the packets only on the day of the meeting, not the usual 7 days before.",
                Words.message("committee.shortNotice", 0L, 7));
        assertEquals("The members get the packets only 1 day before it, not the usual 7 days before.", Words.message("committee.shortNotice", 1L, 7));
        assertEquals("The members get the packets only 3 days before it, not the usual 7 days before.", Words.message("committee.shortNotice", 3L, 7));
    }
}
