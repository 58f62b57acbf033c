package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-TRN-3: how certificates are numbered, how long they are valid, when the nightly jobs run, how fast the public may search. */
@ApplicationScoped
public class CertificatePolicy {

    @Inject
    @ConfigProperty(name = "peercert.certificate.number-pattern", defaultValue = "PS-{TRACK}-{YEAR}-{SEQ6}")
    String numberPattern;

    @Inject
    @ConfigProperty(name = "peercert.certificate.validity-months", defaultValue = "12")
    int validityMonths;

    /** Quartz cron, in UTC: by default 01:10 each night. */
    @Inject
    @ConfigProperty(name = "peercert.certificate.lifecycle-cron", defaultValue = "0 10 1 * * ?")
    String lifecycleCron;

    @Inject
    @ConfigProperty(name = "peercert.verify.searches-per-minute", defaultValue = "60")
    int searchesPerMinute;

    @Inject
    @ConfigProperty(name = "peercert.verify.agency-lookups-per-minute", defaultValue = "600")
    int agencyLookupsPerMinute;

    @Inject
    @ConfigProperty(name = "peercert.verify.batch-max", defaultValue = "100")
    int batchMax;

    @Inject
    @ConfigProperty(name = "peercert.verify.max-results", defaultValue = "25")
    int maxSearchResults;

    @Inject
    @ConfigProperty(name = "peercert.verify.birth-date-checks-per-day", defaultValue = "5")
    int birthDateChecksPerDay;

    /** Quartz cron, in UTC: by default at the start of every minute (the windows live in a table of bounded size). */
    @Inject
    @ConfigProperty(name = "peercert.verify.window-cleanup-cron", defaultValue = "0 * * * * ?")
    String windowCleanupCron;

    private volatile CertificateNumbering numbering;

    /** Built from the pattern once (every /verify page shows an example number); a bad pattern is refused at each call. */
    public CertificateNumbering numbering() {
        CertificateNumbering built = numbering;
        if (built == null) {
            built = new CertificateNumbering(numberPattern);
            numbering = built;
        }
        return built;
    }

    public Period validity() {
        return Period.ofMonths(validityMonths);
    }

    public String lifecycleCron() {
        return lifecycleCron;
    }

    /** Public lookups (page and API) one client address may make per window before it is told to wait. */
    public int searchesPerWindow() {
        return searchesPerMinute;
    }

    /** Lookups (each number of a batch counts) an agency may make per window with its API key, from any address (#32). */
    public int agencyLookupsPerWindow() {
        return agencyLookupsPerMinute;
    }

    /** The most certificate numbers one batch lookup may ask about. */
    public int batchMax() {
        return batchMax;
    }

    /** The most certificates one name search on /verify shows. */
    public int maxSearchResults() {
        return maxSearchResults;
    }

    /** Date-of-birth matches one agency user may ask about one certificate in a day, so the date cannot be guessed. */
    public int birthDateChecksPerDay() {
        return birthDateChecksPerDay;
    }

    public Duration searchWindow() {
        return Duration.ofMinutes(1);
    }

    /** When the public lookups' ended windows are deleted from the database (#23). */
    public String windowCleanupCron() {
        return windowCleanupCron;
    }
}
