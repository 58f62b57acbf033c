package org.peercert.exam;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.peercert.notification.scheduling.Schedule;
import org.peercert.notification.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-TRN-2: each minute, sittings whose time ran out are scored and their results mailed, whether or not the person came back. */
@Dependent
@DisallowConcurrentExecution
public class ExpiredSittingsJob implements Job, ScheduledJob {

    @Inject
    ExamService exams;

    @Override
    public void execute(JobExecutionContext context) {
        exams.finishOverdue();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return ExpiredSittingsJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(1));
    }
}
