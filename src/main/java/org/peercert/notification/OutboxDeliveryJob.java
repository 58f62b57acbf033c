package org.peercert.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Delivers what is due in the outbox. Only starts the work; the service owns it. */
@Dependent
@DisallowConcurrentExecution
public class OutboxDeliveryJob implements Job, ScheduledJob {

    @Inject
    OutboxService outbox;

    @Inject
    MailPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        outbox.dueMessageIds().forEach(outbox::deliver);
    }

    @Override
    public Class<? extends Job> jobClass() {
        return OutboxDeliveryJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(policy.pollInterval());
    }
}
