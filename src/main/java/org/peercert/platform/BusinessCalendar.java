package org.peercert.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * R-NET-5: a complete credentialing request is acted on within a number of business days. Saturdays, Sundays and the
 * configured holidays are not business days. No clock: "today" is passed in.
 */
public final class BusinessCalendar {

    /** The entry of the configured holidays that stands for every US federal holiday of every year, as observed. */
    public static final String US_FEDERAL = "US-FEDERAL";

    private final Set<LocalDate> holidays;
    private final boolean usFederal;

    public BusinessCalendar(Set<LocalDate> holidays) {
        this(holidays, false);
    }

    public BusinessCalendar(Set<LocalDate> holidays, boolean usFederal) {
        this.holidays = Set.copyOf(holidays);
        this.usFederal = usFederal;
    }

    /**
     * The holidays as configured: comma-separated ISO dates ({@code 2026-05-25, 2026-12-25}) and, optionally, the
     * entry {@value #US_FEDERAL} for the federal holidays of every year; blanks and spaces are ignored, and empty
     * text is no holiday.
     *
     * @throws IllegalArgumentException naming the first entry that is not a date
     */
    public static BusinessCalendar parse(String holidays) {
        Set<LocalDate> days = new HashSet<>();
        boolean usFederal = false;
        for (String entry : holidays.split(",")) {
            String text = entry.strip();
            if (text.equalsIgnoreCase(US_FEDERAL)) {
                usFederal = true;
            } else if (!text.isEmpty()) {
                days.add(parseDate(text));
            }
        }
        return new BusinessCalendar(days, usFederal);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Holiday '" + text + "' is not a date like 2026-12-25 nor " + US_FEDERAL + ".", e);
        }
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day)
                && !(usFederal && UsFederalHolidays.isObserved(day));
    }

    /**
     * The day {@code days} business days after {@code from}; {@code from} itself never counts, whatever day it is.
     *
     * @throws IllegalArgumentException when {@code days} is less than 1
     */
    public LocalDate addBusinessDays(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Business days must be at least 1, not " + days + ".");
        }
        Objects.requireNonNull(from, "from");
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day (to its end) to act on a request received on {@code received}: a request received on a Friday or a
     * Saturday with 2 business days is due on the Tuesday.
     */
    public LocalDate dueBy(LocalDate received, int businessDays) {
        return addBusinessDays(received, businessDays);
    }

    /** The last day a thing started on is already late today: its deadline, {@code businessDays} after it, is before today. */
    public LocalDate lastStartPastDue(LocalDate today, int businessDays) {
        LocalDate start = today.minusDays(1);
        while (!addBusinessDays(start, businessDays).isBefore(today)) {
            start = start.minusDays(1);
        }
        return start;
    }

    /** Whether {@code today} is after the due day: on the due day itself there is still time. */
    public boolean isOverdue(LocalDate received, int businessDays, LocalDate today) {
        return today.isAfter(dueBy(received, businessDays));
    }
}
