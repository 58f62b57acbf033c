package org.peercert.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Minutes shown as hours and hours typed as minutes, the one way training does both. */
class HoursTest {

    @Test
    void showsWholeHoursPlainAndFractionsToTwoDecimals() {
        assertEquals("40", Hours.of(2400));
        assertEquals("1.5", Hours.of(90));
        assertEquals("0.33", Hours.of(20));
        assertEquals("0", Hours.of(0));
    }

    @Test
    void readsHoursAsTrainersWriteThemAndRefusesAnythingElse() {
        assertEquals(120, Hours.minutesOf(" 2 "));
        assertEquals(90, Hours.minutesOf("1.5"));
        assertEquals(15, Hours.minutesOf("0.25"));
        for (String notHours : new String[] {"two", "1e5000000", "-1", "1234", "1.555", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Hours.minutesOf(notHours), notHours);
        }
    }
}
