package org.peercert.agency;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.billing.BillingPolicy;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Each morning, administrators of agencies that chose the daily digest get one mail with the last day's roster changes. */
@Dependent
@DisallowConcurrentExecution
public class RosterDigestJob implements Job, ScheduledJob {

    private static final Logger LOG = Logger.getLogger(RosterDigestJob.class.getName());

    @Inject
    RosterDigests digests;

    @Inject
    BillingPolicy policy;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        LocalDate today = LocalDate.now(clock);
        for (long agencyId : digests.digestAgencies()) {
            try {
                digests.send(agencyId, today, Duration.ofDays(1));
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "The roster digest of agency " + agencyId + " was not sent; the next run tries again", failed);
            }
        }
    }

    @Override
    public Class<? extends Job> jobClass() {
        return RosterDigestJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.rosterDigestCron());
    }
}
