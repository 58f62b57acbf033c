package org.peercert.network.committee;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.peercert.network.NetworkPolicy;
import org.peercert.platform.scheduling.Schedule;
import org.peercert.platform.scheduling.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * R-NET-3: at start-up and then daily, the next regular committee meetings go on the calendar, on one node at a
 * time; the pages that list meetings only read them.
 */
@Dependent
@DisallowConcurrentExecution
public class MeetingScheduleJob implements Job, ScheduledJob {

    @Inject
    Committee committee;

    @Inject
    NetworkPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        committee.scheduleRegularMeetings();
    }

    @Override
    public Class<? extends Job> jobClass() {
        return MeetingScheduleJob.class;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofHours(policy.meetingScheduleHours()));
    }
}
