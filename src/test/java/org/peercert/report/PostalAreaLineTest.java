package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.peercert.platform.csv.LineRejected;

/** A line of the postal code list: five digits, a county and a region, each problem told in words. */
class PostalAreaLineTest {

    @Test
    void aGoodLineIsTrimmed() {
        assertEquals(new PostalAreas.Area("66603", "Shawnee", "Northeast"), PostalAreas.Area.line(" 66603 ", " Shawnee", "Northeast "));
    }

    @Test
    void aCodeThatIsNotFiveDigitsIsRefusedWithTheCodeSeen() {
        assertEquals("the postal code must be five digits, not '6660'", assertThrows(LineRejected.class,
                () -> PostalAreas.Area.line("6660", "Shawnee", "Northeast")).getMessage());
        assertThrows(LineRejected.class, () -> PostalAreas.Area.line("66603-1234", "Shawnee", "Northeast"));
    }

    @Test
    void aMissingOrOverlongNameIsRefused() {
        assertEquals("the county must be named, in at most 80 characters",
                assertThrows(LineRejected.class, () -> PostalAreas.Area.line("66603", " ", "Northeast")).getMessage());
        assertEquals("the region must be named, in at most 80 characters",
                assertThrows(LineRejected.class, () -> PostalAreas.Area.line("66603", "Shawnee", "x".repeat(81))).getMessage());
    }
}
