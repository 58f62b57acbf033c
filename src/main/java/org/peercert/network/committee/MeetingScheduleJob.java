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
 * R-NET-3: at start-up and then daily, on one node at a time, the next regular committee meetings go on the calendar
 * (the pages that list meetings only read them) and the members are told of packets that have opened.
 */
@Dependent
@DisallowConcurrentExecution
public class MeetingScheduleJob implements Job, ScheduledJob {

    @Inject
    Committee committee;

    @Inject
    PacketNotices packets;

    @Inject
    NetworkPolicy policy;

    @Override
    public void execute(JobExecutionContext context) {
        committee.scheduleRegularMeetings();
        packets.tellMembersOfOpenPackets();
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
