package org.peercert.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time of the portal under test, in the test JVM and in the server alike. {@code -Dpeercert.test.clock-start=2027-01-02}
 * starts the run's days there (time of day as it is), DemoSeedIT's demo seed included: the suite proves it does not depend on the
 * year it runs in. Unset, it is the system's time. Tests ask this, never the system clock, for "today".
 */
public final class PortalTime {

    private static final Duration OFFSET = offsetTo(System.getProperty("peercert.test.clock-start"), LocalDate.now(ZoneOffset.UTC));

    private PortalTime() {
    }

    static Duration offsetTo(String startDay, LocalDate realToday) {
        if (startDay == null || startDay.isBlank()) {
            return Duration.ZERO;
        }
        return Duration.ofDays(ChronoUnit.DAYS.between(realToday, LocalDate.parse(startDay.strip())));
    }

    public static Instant now() {
        return Instant.now().plus(OFFSET);
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
