package org.peercert.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily, on one node at a time: old sign-in failures, wrong codes and spent links go ({@link AccountHousekeeping}). */
@Dependent
@DisallowConcurrentExecution
public class AccountHousekeepingJob implements Job, ScheduledJob {

    @Inject
    AccountHousekeeping housekeeping;

    @Override
    public void execute(JobExecutionContext context) {
        housekeeping.purge();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return AccountHousekeepingJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofDays(1));
    }
}
