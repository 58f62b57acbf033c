package org.peercert.background.exclusion;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-BG-3: the monthly re-screening of everyone active against the list in force (cron in UTC, configurable). */
@Dependent
@DisallowConcurrentExecution
public class MonthlyRescreenJob implements Job, ScheduledJob {

    @Inject
    ScreeningService screening;

    @Inject
    ExclusionPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        screening.screenEveryone(ScreeningTrigger.MONTHLY);
    }

    @Override
    public Class<? extends Job> jobClass() {
        return MonthlyRescreenJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(policy.rescreenCron());
    }
}
