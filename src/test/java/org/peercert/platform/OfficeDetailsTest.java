package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** #28: the office's details as the pages, mails and documents print them, with what is not configured left out. */
class OfficeDetailsTest {

    private static final OfficeDetails FULL = new OfficeDetails("Sunflower Peer Certification Board", "Kansas PeerCert",
            "1 Capitol Sq, Topeka", "785-555-0199", "board@example.org", "https://board.example.org", "Weekdays 9 to 4",
            "Ann Lee", "Registrar");

    @Test
    void aMailEndsWithTheOfficesNameAndEveryWayToReachIt() {
        assertEquals("Sunflower Peer Certification Board\n1 Capitol Sq, Topeka\n785-555-0199 · board@example.org\nWeekdays 9 to 4\n"
                + "https://board.example.org", FULL.mailSignature());
    }

    @Test
    void whatIsNotConfiguredIsLeftOutWithoutEmptySeparators() {
        OfficeDetails sparse = new OfficeDetails("Board", "PeerCert", null, " ", "board@example.org", null, null, null, "Registrar");

        assertEquals("board@example.org", sparse.contactLine());
        assertEquals("Board\nboard@example.org", sparse.mailSignature());
        assertEquals("Registrar", sparse.official());
        assertEquals("Ann Lee, Registrar", FULL.official());
        assertEquals("1 Capitol Sq, Topeka · 785-555-0199 · board@example.org · Weekdays 9 to 4", FULL.contactLine());
    }
}
