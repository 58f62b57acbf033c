package org.peercert.applications;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting working days: Monday to Friday. (Holidays come with the network's business-day calendar.) */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static LocalDate after(LocalDate start, int businessDays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < businessDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    /** The last day a thing started on is already late today: its deadline, {@code businessDays} after it, is before today. */
    public static LocalDate lastStartPastDue(LocalDate today, int businessDays) {
        LocalDate start = today.minusDays(1);
        while (!after(start, businessDays).isBefore(today)) {
            start = start.minusDays(1);
        }
        return start;
    }
}
