package org.peercert.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The US federal holidays (5 U.S.C. 6103) of any year, as the days they are observed: one falling on a Saturday is
 * observed the Friday before, one on a Sunday the Monday after. Computed from the rules, so the calendar never runs
 * out of years.
 */
public final class UsFederalHolidays {

    private static final Map<Integer, Set<LocalDate>> OBSERVED_BY_YEAR = new ConcurrentHashMap<>();

    private UsFederalHolidays() {
    }

    /** Whether {@code day} is a federal holiday as observed (New Year's Day of the next year may be observed on 31 December). */
    public static boolean isObserved(LocalDate day) {
        return observedIn(day.getYear()).contains(day) || observedIn(day.getYear() + 1).contains(day);
    }

    /** The observed days of the holidays of {@code year}. */
    public static Set<LocalDate> observedIn(int year) {
        return OBSERVED_BY_YEAR.computeIfAbsent(year, UsFederalHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        return Set.of(
                observed(LocalDate.of(year, Month.JANUARY, 1)),
                nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY),
                nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY),
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                observed(LocalDate.of(year, Month.JUNE, 19)),
                observed(LocalDate.of(year, Month.JULY, 4)),
                nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY),
                nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY),
                observed(LocalDate.of(year, Month.NOVEMBER, 11)),
                nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY),
                observed(LocalDate.of(year, Month.DECEMBER, 25)));
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }
}
