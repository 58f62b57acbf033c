package org.peercert.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercert.network.committee.MeetingSchedule;

/** R-NET-3, R-NET-5: the payer network's clock and committee rules (holidays: the platform's {@code BusinessCalendar}). */
@ApplicationScoped
public class NetworkPolicy {

    @Inject
    @ConfigProperty(name = "peercert.network.payer", defaultValue = "Optum Idaho")
    String payer;

    /** R-NET-5: a complete request is acted on within this many business days. */
    @Inject
    @ConfigProperty(name = "peercert.network.response-business-days", defaultValue = "2")
    int responseBusinessDays;

    @Inject
    @ConfigProperty(name = "peercert.committee.day", defaultValue = "TUESDAY")
    DayOfWeek committeeDay;

    /** Which such day of the month, 1 to 4, or -1 for the last. */
    @Inject
    @ConfigProperty(name = "peercert.committee.week-of-month", defaultValue = "1")
    int committeeWeekOfMonth;

    @Inject
    @ConfigProperty(name = "peercert.committee.packet-days-before", defaultValue = "7")
    int packetDaysBefore;

    @Inject
    @ConfigProperty(name = "peercert.committee.quorum", defaultValue = "3")
    int quorum;

    /** An approval lasts this long; the agency is reminded to re-apply before it ends. */
    @Inject
    @ConfigProperty(name = "peercert.network.recredential-years", defaultValue = "3")
    int recredentialYears;

    @Inject
    @ConfigProperty(name = "peercert.network.recredential-reminder-days", defaultValue = "90")
    int recredentialReminderDays;

    /** How often the next regular committee meetings are put on the calendar (also once at start-up). */
    @Inject
    @ConfigProperty(name = "peercert.network.meeting-schedule-hours", defaultValue = "24")
    int meetingScheduleHours;

    /** Quartz cron, in UTC: by default 06:30 each day. */
    @Inject
    @ConfigProperty(name = "peercert.network.recredential-reminder-cron", defaultValue = "0 30 6 * * ?")
    String recredentialReminderCron;

    public int recredentialReminderDays() {
        return recredentialReminderDays;
    }

    public int meetingScheduleHours() {
        return meetingScheduleHours;
    }

    public String recredentialReminderCron() {
        return recredentialReminderCron;
    }

    public String payer() {
        return payer;
    }

    public int responseBusinessDays() {
        return responseBusinessDays;
    }

    public MeetingSchedule meetingSchedule() {
        return new MeetingSchedule(committeeDay, committeeWeekOfMonth);
    }

    public int packetDaysBefore() {
        return packetDaysBefore;
    }

    public int quorum() {
        return quorum;
    }

    public int recredentialYears() {
        return recredentialYears;
    }
}
