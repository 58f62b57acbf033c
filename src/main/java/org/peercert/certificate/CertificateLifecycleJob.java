package org.peercert.certificate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-CEU-2: each night, certificates past their expiry date expire, and suspensions whose end date passed are lifted. */
@Dependent
@DisallowConcurrentExecution
public class CertificateLifecycleJob implements Job, ScheduledJob {

    private static final Logger LOG = Logger.getLogger(CertificateLifecycleJob.class.getName());

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        runFor(id -> true);
    }

    /** One night's work on the certificates in scope only: a test runs it on its own certificates, never on another's. */
    public void runFor(LongPredicate inScope) {
        each(certificates.suspensionsEnded(), inScope, certificates::endSuspension);
        each(certificates.dueForExpiry(), inScope, certificates::expire);
    }

    /** Each certificate in its own transaction: one that fails is logged and retried the next night. */
    private static void each(List<Long> ids, LongPredicate inScope, LongConsumer step) {
        for (long id : ids) {
            if (!inScope.test(id)) {
                continue;
            }
            try {
                step.accept(id);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Certificate " + id + " was not updated; the next run tries again", failed);
            }
        }
    }

    @Override
    public Class<? extends Job> jobClass() {
        return CertificateLifecycleJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.lifecycleCron());
    }
}
