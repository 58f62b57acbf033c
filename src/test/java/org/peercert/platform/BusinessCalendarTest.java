package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.platform.BusinessCalendar;

/** R-NET-5: the due day of a complete request, two business days after its receipt, at its boundaries. */
class BusinessCalendarTest {

    private static final int TWO_BUSINESS_DAYS = 2;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 5, 2);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 5, 5);
    private static final LocalDate MEMORIAL_DAY = LocalDate.of(2026, 5, 25);

    private static final BusinessCalendar NO_HOLIDAYS = new BusinessCalendar(Set.of());

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        BusinessCalendar calendar = new BusinessCalendar(Set.of(MEMORIAL_DAY));
        assertTrue(calendar.isBusinessDay(FRIDAY));
        assertFalse(calendar.isBusinessDay(SATURDAY));
        assertFalse(calendar.isBusinessDay(day(5, 3)));
        assertFalse(calendar.isBusinessDay(MEMORIAL_DAY));
        assertTrue(calendar.isBusinessDay(MEMORIAL_DAY.plusDays(1)));
    }

    @Test
    void rNet5_aRequestReceivedOnFridayIsDueTuesday() {
        assertEquals(TUESDAY, NO_HOLIDAYS.dueBy(FRIDAY, TWO_BUSINESS_DAYS));
    }

    @Test
    void rNet5_aRequestReceivedOnSaturdayIsDueTuesdayToo() {
        assertEquals(TUESDAY, NO_HOLIDAYS.dueBy(SATURDAY, TWO_BUSINESS_DAYS));
    }

    @Test
    void rNet5_aRequestReceivedOnWednesdayIsDueFriday() {
        assertEquals(day(5, 8), NO_HOLIDAYS.dueBy(day(5, 6), TWO_BUSINESS_DAYS));
    }

    @Test
    void rNet5_aHolidayInTheWindowPushesTheDueDay() {
        LocalDate fridayBefore = day(5, 22);
        assertEquals(day(5, 26), NO_HOLIDAYS.dueBy(fridayBefore, TWO_BUSINESS_DAYS));
        assertEquals(day(5, 27), new BusinessCalendar(Set.of(MEMORIAL_DAY)).dueBy(fridayBefore, TWO_BUSINESS_DAYS));
    }

    @Test
    void rNet5_twoHolidaysInARowPushItOverTheWeekend() {
        BusinessCalendar christmas = new BusinessCalendar(Set.of(day(12, 24), day(12, 25)));
        LocalDate wednesday = day(12, 23);
        assertEquals(day(12, 25), NO_HOLIDAYS.dueBy(wednesday, TWO_BUSINESS_DAYS));
        assertEquals(day(12, 29), christmas.dueBy(wednesday, TWO_BUSINESS_DAYS));
    }

    @Test
    void rNet5_aHolidayOnAWeekendChangesNothing() {
        // Only the configured day is skipped: a weekday observed in its place must be configured itself.
        BusinessCalendar independenceDay = new BusinessCalendar(Set.of(day(7, 4)));
        assertEquals(day(7, 7), independenceDay.dueBy(day(7, 3), TWO_BUSINESS_DAYS));
        assertEquals(NO_HOLIDAYS.dueBy(day(7, 3), TWO_BUSINESS_DAYS), independenceDay.dueBy(day(7, 3), TWO_BUSINESS_DAYS));
    }

    @Test
    void rNet5_theReceiptDayNeverCountsEvenWhenItIsABusinessDay() {
        assertEquals(day(5, 4), NO_HOLIDAYS.addBusinessDays(FRIDAY, 1));
        assertEquals(day(5, 4), NO_HOLIDAYS.addBusinessDays(SATURDAY, 1));
    }

    @Test
    void rNet5_aRequestIsNotOverdueOnItsDueDay() {
        assertFalse(NO_HOLIDAYS.isOverdue(FRIDAY, TWO_BUSINESS_DAYS, TUESDAY.minusDays(1)));
        assertFalse(NO_HOLIDAYS.isOverdue(FRIDAY, TWO_BUSINESS_DAYS, TUESDAY));
    }

    @Test
    void rNet5_aRequestIsOverdueFromTheDayAfterItsDueDay() {
        assertTrue(NO_HOLIDAYS.isOverdue(FRIDAY, TWO_BUSINESS_DAYS, TUESDAY.plusDays(1)));
    }

    @Test
    void fewerThanOneBusinessDayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NO_HOLIDAYS.addBusinessDays(FRIDAY, 0));
        assertThrows(IllegalArgumentException.class, () -> NO_HOLIDAYS.dueBy(FRIDAY, -1));
    }

    @Test
    void parseIgnoresSpacesAndBlankEntries() {
        BusinessCalendar calendar = BusinessCalendar.parse(" 2026-05-25 , ,2026-12-25,");
        assertFalse(calendar.isBusinessDay(MEMORIAL_DAY));
        assertFalse(calendar.isBusinessDay(day(12, 25)));
        assertTrue(calendar.isBusinessDay(day(12, 24)));
    }

    @Test
    void parseOfEmptyTextIsNoHoliday() {
        assertEquals(day(5, 26), BusinessCalendar.parse("").dueBy(day(5, 22), TWO_BUSINESS_DAYS));
        assertEquals(day(5, 26), BusinessCalendar.parse("  ").dueBy(day(5, 22), TWO_BUSINESS_DAYS));
    }

    @Test
    void parseNamesTheMalformedDate() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.parse("2026-05-25, 2026-13-01"));
        assertTrue(refused.getMessage().contains("2026-13-01"), refused.getMessage());
        refused = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.parse("2026-5-25"));
        assertTrue(refused.getMessage().contains("2026-5-25"), refused.getMessage());
    }

    @Test
    void rNet5_theDefaultCalendarSkipsFederalHolidaysOfYearsNoListNamed() {
        BusinessCalendar federal = BusinessCalendar.parse(BusinessCalendar.US_FEDERAL);
        assertEquals(LocalDate.of(2027, 12, 28), federal.dueBy(LocalDate.of(2027, 12, 23), 2), "Friday 24 December 2027 is Christmas observed");
        assertEquals(LocalDate.of(2028, 1, 4), federal.dueBy(LocalDate.of(2027, 12, 30), 2), "Friday 31 December 2027 is New Year's Day observed");
        assertEquals(LocalDate.of(2029, 1, 17), federal.dueBy(LocalDate.of(2029, 1, 12), 2), "Friday 12 January 2029; Monday 15 is Martin Luther King Jr. Day");
    }

    @Test
    void parseMixesTheFederalHolidaysWithTheStatesOwnDays() {
        BusinessCalendar calendar = BusinessCalendar.parse("us-federal, 2027-03-30");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2027, 3, 30)));
        assertFalse(calendar.isBusinessDay(LocalDate.of(2027, 5, 31)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void anApplicationsTargetDateCountsOnlyWeekdays() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertEquals(LocalDate.of(2026, 12, 7), NO_HOLIDAYS.addBusinessDays(friday, 1));
        assertEquals(LocalDate.of(2026, 12, 18), NO_HOLIDAYS.addBusinessDays(friday, 10), "ten business days from a Friday end on the Friday two weeks on");
        assertEquals(LocalDate.of(2026, 12, 8), NO_HOLIDAYS.addBusinessDays(LocalDate.of(2026, 12, 5), 2), "from a Saturday, Monday is the first");
    }

    @Test
    void aSubmissionBeforeAHolidayGetsItsTargetDateAfterIt() {
        BusinessCalendar federal = BusinessCalendar.parse(BusinessCalendar.US_FEDERAL);
        LocalDate thursdayBeforeChristmas = LocalDate.of(2026, 12, 17);
        assertEquals(LocalDate.of(2026, 12, 31), NO_HOLIDAYS.addBusinessDays(thursdayBeforeChristmas, 10));
        assertEquals(LocalDate.of(2027, 1, 4), federal.addBusinessDays(thursdayBeforeChristmas, 10), "Christmas Day and New Year's Day do not count");
    }

    @Test
    void aSubmissionIsPastDueTheDayAfterItsTargetDate() {
        LocalDate lastLate = NO_HOLIDAYS.lastStartPastDue(LocalDate.of(2026, 12, 19), 10);
        assertEquals(LocalDate.of(2026, 12, 6), lastLate,
                "on Saturday 19 December every submission up to Sunday 6 is late: Friday 4 to Sunday 6 all had Friday 18 as target");
        assertEquals(LocalDate.of(2026, 12, 18), NO_HOLIDAYS.addBusinessDays(lastLate, 10));
        assertEquals(LocalDate.of(2026, 12, 3), NO_HOLIDAYS.lastStartPastDue(LocalDate.of(2026, 12, 18), 10),
                "on its target date a submission of Friday 4 December is not late yet");
    }

    @Test
    void overAWeekendEverySubmissionOfTheWeekendIsLateTogether() {
        LocalDate lastLate = NO_HOLIDAYS.lastStartPastDue(LocalDate.of(2026, 12, 22), 10);
        assertEquals(LocalDate.of(2026, 12, 7), lastLate);
        assertEquals(LocalDate.of(2026, 12, 21), NO_HOLIDAYS.addBusinessDays(lastLate, 10));
        assertEquals(LocalDate.of(2026, 12, 22), NO_HOLIDAYS.addBusinessDays(lastLate.plusDays(1), 10), "the next day's target is today: not late");
    }

    @Test
    void aHolidayMovesWhichSubmissionsAreLate() {
        BusinessCalendar federal = BusinessCalendar.parse(BusinessCalendar.US_FEDERAL);
        LocalDate lastLate = federal.lastStartPastDue(LocalDate.of(2027, 1, 5), 10);
        assertEquals(LocalDate.of(2026, 12, 17), lastLate, "the Thursday before Christmas was due on 4 January, so it is late on the 5th");
        assertEquals(LocalDate.of(2027, 1, 5), federal.addBusinessDays(lastLate.plusDays(1), 10));
    }
}
