package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-CEU-2: the expiry reminders of a certificate's year, each once, and what a scheduler that was down sends. */
class ReminderScheduleTest {

    private static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(90, 60, 30, 7, 0));
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 1);

    /** Runs a daily scan over the days given and returns the reminders sent, each key once, in order. */
    private static List<Integer> sentOn(List<LocalDate> scanDays, LocalDate expires) {
        Set<Integer> sent = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (LocalDate day : scanDays) {
            OptionalInt due = DEFAULT.dueOn(day, expires);
            if (due.isPresent() && sent.add(due.getAsInt())) {
                order.add(due.getAsInt());
            }
        }
        return order;
    }

    private static List<LocalDate> everyDay(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    @Test
    void aWholeYearOfDailyScansSendsEachConfiguredReminderOnceInOrder() {
        assertEquals(List.of(90, 60, 30, 7, 0), sentOn(everyDay(ISSUED, EXPIRES.plusDays(40)), EXPIRES));
    }

    @Test
    void eachReminderFallsDueOnItsDay() {
        assertEquals(OptionalInt.empty(), DEFAULT.dueOn(EXPIRES.minusDays(91), EXPIRES));
        assertEquals(OptionalInt.of(90), DEFAULT.dueOn(EXPIRES.minusDays(90), EXPIRES));
        assertEquals(OptionalInt.of(90), DEFAULT.dueOn(EXPIRES.minusDays(61), EXPIRES));
        assertEquals(OptionalInt.of(7), DEFAULT.dueOn(EXPIRES.minusDays(7), EXPIRES));
        assertEquals(OptionalInt.of(0), DEFAULT.dueOn(EXPIRES, EXPIRES));
        assertEquals(OptionalInt.empty(), DEFAULT.dueOn(EXPIRES.plusDays(1), EXPIRES), "nothing after the expiry day");
    }

    @Test
    void aSchedulerDownForDaysCatchesUpWithTheLatestReminderNotTheStaleOnes() {
        List<LocalDate> days = new ArrayList<>(everyDay(ISSUED, EXPIRES.minusDays(70)));
        days.addAll(everyDay(EXPIRES.minusDays(25), EXPIRES));
        assertEquals(List.of(90, 30, 7, 0), sentOn(days, EXPIRES), "60 fell due while it was down and is stale once 30 is due");
    }

    @Test
    void aCertificateRenewedAfterTheSixtyDayReminderGetsNoMoreThisCycle() {
        LocalDate renewedOn = EXPIRES.minusDays(55);
        List<Integer> before = sentOn(everyDay(ISSUED, renewedOn), EXPIRES);
        List<Integer> after = sentOn(everyDay(renewedOn.plusDays(1), EXPIRES.plusDays(30)), EXPIRES.plusYears(1));
        assertEquals(List.of(90, 60), before);
        assertTrue(after.isEmpty(), "the new expiry is a year away: " + after);
    }

    @Test
    void theListIsConfigurableAndNegativeDaysAreRefused() {
        ReminderSchedule weekly = new ReminderSchedule(List.of(14, 7));
        assertEquals(14, weekly.horizonDays());
        assertEquals(OptionalInt.of(14), weekly.dueOn(EXPIRES.minusDays(10), EXPIRES));
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(List.of(30, -1)));
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(List.of()));
    }
}
