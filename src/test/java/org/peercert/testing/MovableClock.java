package org.peercert.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The portal's clock, set by the test: a deployment that includes this class sees the time the test says.
 * Until a test sets it (and after it releases it), it follows {@link PortalTime}: the system clock, or the run's start day.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant now) {
        this.fixed = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void release() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : PortalTime.now();
    }
}
