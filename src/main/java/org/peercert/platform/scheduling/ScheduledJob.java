package org.peercert.platform.scheduling;

import org.quartz.Job;

/** A feature's recurring job: a CDI bean that says which Quartz job class to run and when. */
public interface ScheduledJob {

    Class<? extends Job> jobClass();

    Schedule schedule();
}
