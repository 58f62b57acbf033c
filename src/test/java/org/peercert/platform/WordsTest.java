package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
