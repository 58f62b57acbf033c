package org.peercert.network.committee;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * R-NET-3: the credentialing committee meets once a month on a given weekday of a given week, by default the first
 * Tuesday.
 */
public final class MeetingSchedule {

    /** In {@code weekOfMonth}, the last such weekday of the month, as {@link TemporalAdjusters#dayOfWeekInMonth} reads it. */
    public static final int LAST_WEEK = -1;

    private final DayOfWeek day;
    private final int weekOfMonth;

    /**
     * @param weekOfMonth 1 to 4 for the first to fourth such weekday of the month, or {@link #LAST_WEEK}
     * @throws IllegalArgumentException for any other {@code weekOfMonth}
     */
    public MeetingSchedule(DayOfWeek day, int weekOfMonth) {
        if (!isWeekOfMonth(weekOfMonth)) {
            throw new IllegalArgumentException("The week of the month is 1 to 4, or -1 for the last; not " + weekOfMonth + ".");
        }
        this.day = Objects.requireNonNull(day, "day");
        this.weekOfMonth = weekOfMonth;
    }

    // A fifth weekday exists only in some months, so it cannot be a monthly meeting day.
    private static boolean isWeekOfMonth(int weekOfMonth) {
        return (weekOfMonth >= 1 && weekOfMonth <= 4) || weekOfMonth == LAST_WEEK;
    }

    public LocalDate meetingIn(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, day));
    }

    /** The first regular meeting day on or after {@code day}. */
    public LocalDate nextOnOrAfter(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        LocalDate meeting = meetingIn(month);
        return meeting.isBefore(day) ? meetingIn(month.plusMonths(1)) : meeting;
    }

    /**
     * The next {@code count} regular meeting days on or after {@code from}, one a month, earliest first.
     *
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public List<LocalDate> upcoming(LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of meetings cannot be negative: " + count + ".");
        }
        List<LocalDate> meetings = new ArrayList<>();
        YearMonth month = YearMonth.from(nextOnOrAfter(from));
        while (meetings.size() < count) {
            meetings.add(meetingIn(month));
            month = month.plusMonths(1);
        }
        return List.copyOf(meetings);
    }
}
