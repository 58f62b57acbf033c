package org.peercert.exam;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** R-TRN-2: each minute, sittings whose time ran out are scored and their results mailed, whether or not the person came back. */
@Dependent
@DisallowConcurrentExecution
public class ExpiredSittingsJob implements Job, ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ExpiredSittingsJob.class.getName());

    @Inject
    ExamService exams;

    /** Each sitting in its own transaction: one that cannot be scored is logged and does not hold up the others. */
    @Override
    public void execute(JobExecutionContext context) {
        for (long sittingId : exams.overdueSittingIds()) {
            try {
                exams.finishOverdue(sittingId);
            } catch (RuntimeException notScored) {
                LOG.log(Level.WARNING, "Sitting " + sittingId + " could not be scored; the next run tries again", notScored);
            }
        }
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
