package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counting Monday-to-Friday days: the target decision date, and which submissions are past it. */
class BusinessDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void weekendsAreNotCounted() {
        assertEquals(MONDAY, BusinessDays.after(FRIDAY, 1));
        assertEquals(LocalDate.of(2026, 12, 18), BusinessDays.after(FRIDAY, 10), "ten business days from a Friday end on the Friday two weeks on");
        assertEquals(LocalDate.of(2026, 12, 8), BusinessDays.after(LocalDate.of(2026, 12, 5), 2), "from a Saturday, Monday is the first");
        assertEquals(FRIDAY, BusinessDays.after(FRIDAY, 0));
    }

    @Test
    void aSubmissionIsPastDueTheDayAfterItsTargetDate() {
        LocalDate lastLate = BusinessDays.lastStartPastDue(LocalDate.of(2026, 12, 19), 10);
        assertEquals(LocalDate.of(2026, 12, 6), lastLate,
                "on Saturday 19 December every submission up to Sunday 6 is late: Friday 4 to Sunday 6 all had Friday 18 as target");
        assertEquals(LocalDate.of(2026, 12, 18), BusinessDays.after(lastLate, 10));
        assertEquals(LocalDate.of(2026, 12, 3), BusinessDays.lastStartPastDue(LocalDate.of(2026, 12, 18), 10),
                "on its target date a submission of Friday 4 December is not late yet");
    }

    @Test
    void overAWeekendEverySubmissionOfTheWeekendIsLateTogether() {
        LocalDate today = LocalDate.of(2026, 12, 22);
        LocalDate lastLate = BusinessDays.lastStartPastDue(today, 10);
        assertEquals(LocalDate.of(2026, 12, 7), lastLate);
        assertEquals(LocalDate.of(2026, 12, 21), BusinessDays.after(lastLate, 10));
        assertEquals(LocalDate.of(2026, 12, 22), BusinessDays.after(lastLate.plusDays(1), 10), "the next day's target is today: not late");
    }
}
