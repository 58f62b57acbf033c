package org.peercert.supervision;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.peercert.certificate.CertificatePolicy;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-SUP-1: each night, with the certificates' lifecycle, LMHP qualifications whose license expired lapse. */
@Dependent
@DisallowConcurrentExecution
public class LicenseLapseJob implements Job, ScheduledJob {

    @Inject
    SupervisionService supervision;

    @Inject
    CertificatePolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        supervision.lapseExpiredLicenses();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return LicenseLapseJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.lifecycleCron());
    }
}
