package org.peercert.certificate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * #23: every minute, on one node, the public lookups' windows that ended a window ago or more are deleted
 * ({@link PublicLookupThrottle#forgetEndedWindows}), so the table holds about the clients of the last minutes.
 */
@Dependent
@DisallowConcurrentExecution
public class LookupWindowCleanupJob implements Job, ScheduledJob {

    @Inject
    PublicLookupThrottle throttle;

    @Inject
    CertificatePolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        throttle.forgetEndedWindows();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return LookupWindowCleanupJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.windowCleanupCron());
    }
}
