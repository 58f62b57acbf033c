package org.peercert.ceu;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * R-CEU-2: which expiry reminder is due today. A reminder is due from its day until the next one's day; so a
 * scan that runs daily sends each once, and a scan that was down for days sends the latest one it missed, never
 * the stale ones before it. Nothing is due after the expiry day; a renewed certificate has a new expiry date, so
 * nothing is due for it until its next cycle.
 */
public record ReminderSchedule(List<Integer> daysBefore) {

    public ReminderSchedule {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("Reminder days are zero or more days before expiry: " + daysBefore);
        }
        daysBefore = daysBefore.stream().distinct().sorted().toList();
    }

    /** The days before expiry of the reminder due today, if any. */
    public OptionalInt dueOn(LocalDate today, LocalDate expiresOn) {
        if (today.isAfter(expiresOn)) {
            return OptionalInt.empty();
        }
        return daysBefore.stream().filter(days -> !expiresOn.minusDays(days).isAfter(today)).mapToInt(Integer::intValue).min();
    }

    /** The furthest reminder, so a scan need only look at certificates expiring within this many days. */
    public int horizonDays() {
        return daysBefore.get(daysBefore.size() - 1);
    }
}
