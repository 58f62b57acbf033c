package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.platform.UsFederalHolidays;

/** R-NET-5: the federal holidays the network's business-day clock skips, for any year, as OPM lists them observed. */
class UsFederalHolidaysTest {

    @Test
    void the2027HolidaysAreTheObservedDaysOpmPublishes() {
        assertEquals(Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 7, 5), LocalDate.of(2027, 9, 6), LocalDate.of(2027, 10, 11),
                LocalDate.of(2027, 11, 11), LocalDate.of(2027, 11, 25), LocalDate.of(2027, 12, 24)),
                UsFederalHolidays.observedIn(2027));
    }

    @Test
    void the2026HolidaysIncludeIndependenceDayObservedOnFriday3July() {
        Set<LocalDate> observed = UsFederalHolidays.observedIn(2026);
        assertEquals(11, observed.size());
        assertTrue(observed.contains(LocalDate.of(2026, 7, 3)));
        assertFalse(observed.contains(LocalDate.of(2026, 7, 4)));
        assertTrue(observed.contains(LocalDate.of(2026, 11, 26)), "Thanksgiving, the fourth Thursday");
    }

    @Test
    void aNewYearsDayOnSaturdayIsObservedOnTheLastDayOfTheYearBefore() {
        assertTrue(UsFederalHolidays.isObserved(LocalDate.of(2027, 12, 31)), "1 January 2028 is a Saturday");
        assertFalse(UsFederalHolidays.isObserved(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aHolidayOnSundayIsObservedOnMonday() {
        assertTrue(UsFederalHolidays.isObserved(LocalDate.of(2033, 12, 26)), "25 December 2033 is a Sunday");
        assertTrue(UsFederalHolidays.isObserved(LocalDate.of(2040, 11, 12)), "11 November 2040 is a Sunday");
    }

    @Test
    void yearsFarAheadStillHaveTheirHolidays() {
        assertTrue(UsFederalHolidays.isObserved(LocalDate.of(2031, 5, 26)), "Memorial Day 2031, the last Monday of May");
        assertTrue(UsFederalHolidays.isObserved(LocalDate.of(2031, 9, 1)), "Labor Day 2031");
        assertFalse(UsFederalHolidays.isObserved(LocalDate.of(2031, 5, 27)));
    }
}
