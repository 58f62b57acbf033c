package org.peercert.ceu;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-CEU-2: each day, the expiry reminders that are due (one node at a time; the unique keys make it once regardless). */
@Dependent
@DisallowConcurrentExecution
public class ExpiryReminderJob implements Job, ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ExpiryReminderJob.class.getName());

    @Inject
    ExpiryReminders reminders;

    @Inject
    RenewalPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        long started = System.nanoTime();
        int sent = reminders.scan();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Expiry reminders sent: " + sent + " in " + millis + " ms");
    }

    @Override
    public Class<? extends Job> jobClass() {
        return ExpiryReminderJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.reminderCron());
    }
}
