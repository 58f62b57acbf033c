package org.peercert.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-ELIG-4, R-SUP-1, R-SVC-*: the billing check's policy numbers that are not per code, and the roster's limits. */
@ApplicationScoped
public class BillingPolicy {

    @Inject
    @ConfigProperty(name = "peercert.billing.adult-age", defaultValue = "18")
    int adultAge;

    @Inject
    @ConfigProperty(name = "peercert.billing.age-difference-years", defaultValue = "3")
    int ageDifferenceYears;

    @Inject
    @ConfigProperty(name = "peercert.supervision.clinical-interval-days", defaultValue = "30")
    int clinicalSupervisionDays;

    @Inject
    @ConfigProperty(name = "peercert.billing.minutes-per-unit", defaultValue = "15")
    int minutesPerUnit;

    /** Lines a roster upload may hold; a state registry holds at most tens of thousands of people. */
    @Inject
    @ConfigProperty(name = "peercert.roster.upload-max-lines", defaultValue = "20000")
    int rosterUploadMaxLines;

    /** API keys one agency may make in 24 hours (#26): a stolen administrator session cannot mint keys without end. */
    @Inject
    @ConfigProperty(name = "peercert.agency.api-keys-per-day", defaultValue = "10")
    int apiKeysPerDay;

    /** People one agency may add one at a time in 24 hours, refused tries counted (#26); a roster file has its own limit. */
    @Inject
    @ConfigProperty(name = "peercert.roster.single-adds-per-day", defaultValue = "200")
    int rosterSingleAddsPerDay;

    /** Quartz cron, in UTC: by default 07:00 each day. */
    @Inject
    @ConfigProperty(name = "peercert.roster.digest-cron", defaultValue = "0 0 7 * * ?")
    String rosterDigestCron;

    public String rosterDigestCron() {
        return rosterDigestCron;
    }

    public BillingLimits limits() {
        return new BillingLimits(adultAge, ageDifferenceYears, clinicalSupervisionDays, minutesPerUnit);
    }

    public int clinicalSupervisionDays() {
        return clinicalSupervisionDays;
    }

    public int apiKeysPerDay() {
        return apiKeysPerDay;
    }

    public int rosterSingleAddsPerDay() {
        return rosterSingleAddsPerDay;
    }

    public int rosterUploadMaxLines() {
        return rosterUploadMaxLines;
    }
}
