package org.peercert.network.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-NET-3: the credentialing committee's monthly meeting day. */
class MeetingScheduleTest {

    private static final MeetingSchedule FIRST_TUESDAY = new MeetingSchedule(DayOfWeek.TUESDAY, 1);
    private static final MeetingSchedule LAST_FRIDAY = new MeetingSchedule(DayOfWeek.FRIDAY, MeetingSchedule.LAST_WEEK);

    @Test
    void rNet3_theFirstTuesdayOfTheMonth() {
        assertEquals(LocalDate.of(2026, 9, 1), FIRST_TUESDAY.meetingIn(YearMonth.of(2026, 9)));
        assertEquals(LocalDate.of(2026, 11, 3), FIRST_TUESDAY.meetingIn(YearMonth.of(2026, 11)));
        assertEquals(LocalDate.of(2026, 12, 1), FIRST_TUESDAY.meetingIn(YearMonth.of(2026, 12)));
        assertEquals(LocalDate.of(2027, 1, 5), FIRST_TUESDAY.meetingIn(YearMonth.of(2027, 1)));
    }

    @Test
    void rNet3_theLastFridayOfTheMonth() {
        assertEquals(LocalDate.of(2026, 2, 27), LAST_FRIDAY.meetingIn(YearMonth.of(2026, 2)));
        assertEquals(LocalDate.of(2026, 5, 29), LAST_FRIDAY.meetingIn(YearMonth.of(2026, 5)));
    }

    @Test
    void rNet3_theFourthWeekdayIsTheLastOneThatEveryMonthHas() {
        assertEquals(LocalDate.of(2026, 2, 24), new MeetingSchedule(DayOfWeek.TUESDAY, 4).meetingIn(YearMonth.of(2026, 2)));
    }

    @Test
    void rNet3_onTheMeetingDayItselfThatMeetingIsNext() {
        assertEquals(LocalDate.of(2026, 12, 1), FIRST_TUESDAY.nextOnOrAfter(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void rNet3_theDayAfterTheMeetingTheNextIsInTheNextMonth() {
        assertEquals(LocalDate.of(2027, 1, 5), FIRST_TUESDAY.nextOnOrAfter(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void rNet3_beforeTheMeetingDayTheNextIsInTheSameMonth() {
        assertEquals(LocalDate.of(2026, 11, 3), FIRST_TUESDAY.nextOnOrAfter(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void rNet3_upcomingMeetingsCrossTheYearEnd() {
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2)),
                FIRST_TUESDAY.upcoming(LocalDate.of(2026, 11, 15), 3));
    }

    @Test
    void rNet3_upcomingStartsWithAMeetingOnTheFirstDay() {
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)), FIRST_TUESDAY.upcoming(LocalDate.of(2026, 12, 1), 2));
    }

    @Test
    void noUpcomingMeetingIsAskedForNone() {
        assertEquals(List.of(), FIRST_TUESDAY.upcoming(LocalDate.of(2026, 12, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> FIRST_TUESDAY.upcoming(LocalDate.of(2026, 12, 1), -1));
    }

    @Test
    void theWeekOfTheMonthIsOneToFourOrTheLast() {
        for (int invalid : new int[] {0, 5, -2}) {
            assertThrows(IllegalArgumentException.class, () -> new MeetingSchedule(DayOfWeek.TUESDAY, invalid), () -> "week " + invalid);
        }
    }
}
