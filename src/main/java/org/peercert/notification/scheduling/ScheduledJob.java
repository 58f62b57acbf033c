package org.peercert.notification.scheduling;

import java.time.Duration;
import org.quartz.Job;

/** A feature's recurring job: a CDI bean that says which Quartz job class to run and how often. */
public interface ScheduledJob {

    Class<? extends Job> jobClass();

    Duration interval();
}
