package org.peercert.ceu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-CEU-1/2: continuing education required each cycle, the renewal window and grace period, and the expiry reminders. */
@ApplicationScoped
public class RenewalPolicy {

    @Inject
    @ConfigProperty(name = "peercert.ceu.hours-required", defaultValue = "12")
    BigDecimal hoursRequired;

    @Inject
    @ConfigProperty(name = "peercert.renewal.window-days", defaultValue = "90")
    int windowDays;

    @Inject
    @ConfigProperty(name = "peercert.renewal.grace-days", defaultValue = "30")
    int graceDays;

    /** Days before expiry on which the holder is reminded; 0 is the day itself. */
    @Inject
    @ConfigProperty(name = "peercert.renewal.reminder-days", defaultValue = "90,60,30,7,0")
    String reminderDays;

    /** Of those reminders, the ones the agencies holding the person on their roster are copied on. */
    @Inject
    @ConfigProperty(name = "peercert.renewal.agency-reminder-days", defaultValue = "30,0")
    String agencyReminderDays;

    /** Quartz cron, in UTC: by default 06:00 each day. */
    @Inject
    @ConfigProperty(name = "peercert.renewal.reminder-cron", defaultValue = "0 0 6 * * ?")
    String reminderCron;

    /** Share of renewals drawn at random for a CE audit, in percent. */
    @Inject
    @ConfigProperty(name = "peercert.renewal.audit-percent", defaultValue = "10")
    int auditPercent;

    @Inject
    @ConfigProperty(name = "peercert.ceu.max-hours-per-activity", defaultValue = "40")
    BigDecimal maxHoursPerActivity;

    /** Lines one provider's CE report (CSV) may hold. */
    @Inject
    @ConfigProperty(name = "peercert.ceu.report-max-lines", defaultValue = "5000")
    int reportMaxLines;

    public int reportMaxLines() {
        return reportMaxLines;
    }

    public int auditPercent() {
        return auditPercent;
    }

    public BigDecimal maxHoursPerActivity() {
        return maxHoursPerActivity;
    }

    public BigDecimal hoursRequired() {
        return hoursRequired;
    }

    public int windowDays() {
        return windowDays;
    }

    public int graceDays() {
        return graceDays;
    }

    public List<Integer> reminderDays() {
        return days(reminderDays);
    }

    public List<Integer> agencyReminderDays() {
        return days(agencyReminderDays);
    }

    private static List<Integer> days(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    public String reminderCron() {
        return reminderCron;
    }
}
