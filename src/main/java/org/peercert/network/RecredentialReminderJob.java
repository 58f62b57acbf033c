package org.peercert.network;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Issue 10: each day, approved agencies whose approval ends within the reminder period are told to apply again, once. */
@Dependent
@DisallowConcurrentExecution
public class RecredentialReminderJob implements Job, ScheduledJob {

    @Inject
    NetworkRequests requests;

    @Inject
    NetworkPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        requests.remindToRecredential();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return RecredentialReminderJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.recredentialReminderCron());
    }
}
