package org.peercert.platform.scheduling;

import java.time.Duration;
import java.util.Objects;

/** When a recurring job runs: every fixed interval, or at the times of a Quartz cron expression read in UTC. */
public record Schedule(Duration interval, String cron) {

    public static Schedule every(Duration interval) {
        return new Schedule(Objects.requireNonNull(interval), null);
    }

    public static Schedule cron(String expression) {
        return new Schedule(null, Objects.requireNonNull(expression));
    }
}
