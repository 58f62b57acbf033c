package org.peercert.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The run's start day moves the portal's days by whole days; unset, it is the system's time. */
class PortalTimeTest {

    private static final LocalDate REAL_TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aStartDayShiftsByTheDaysBetween() {
        assertEquals(Duration.ofDays(27), PortalTime.offsetTo("2027-01-02", REAL_TODAY));
        assertEquals(Duration.ofDays(-5), PortalTime.offsetTo(" 2026-12-01 ", REAL_TODAY));
    }

    @Test
    void noStartDayIsNoShift() {
        assertEquals(Duration.ZERO, PortalTime.offsetTo(null, REAL_TODAY));
        assertEquals(Duration.ZERO, PortalTime.offsetTo("", REAL_TODAY));
    }
}
