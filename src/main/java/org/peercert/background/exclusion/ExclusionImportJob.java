package org.peercert.background.exclusion;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-BG-3: picks up list files and runs queued imports; started at once after an upload, and every few minutes. */
@Dependent
@DisallowConcurrentExecution
public class ExclusionImportJob implements Job, ScheduledJob {

    @Inject
    ImportRunner runner;

    @Inject
    ExclusionPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        runner.run();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return ExclusionImportJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(policy.folderPollInterval());
    }
}
