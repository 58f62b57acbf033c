package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable numbers of applications (R-ELIG-1..3), with their defaults. */
@ApplicationScoped
public class ApplicationPolicy {

    /** Raise it to publish a new attestation wording; applications keep the text and version they signed. */
    public static final String ATTESTATION_VERSION = "2026-1";
    public static final String ATTESTATION_TEXT = "I attest that the information in this application is true and complete, "
            + "that I meet the lived-experience requirement I selected, and that I am well grounded in my own recovery. "
            + "I understand that false statements are grounds to deny or revoke certification.";

    @Inject
    @ConfigProperty(name = "peercert.eligibility.minimum-age", defaultValue = "18")
    int minimumAge;

    @Inject
    @ConfigProperty(name = "peercert.eligibility.recovery-statement-min-length", defaultValue = "50")
    int recoveryStatementMinLength;

    @Inject
    @ConfigProperty(name = "peercert.application.service-level-business-days", defaultValue = "10")
    int serviceLevelBusinessDays;

    @Inject
    @ConfigProperty(name = "peercert.application.autosave-idle-seconds", defaultValue = "120")
    int autosaveIdleSeconds;

    public int minimumAge() {
        return minimumAge;
    }

    public int recoveryStatementMinLength() {
        return recoveryStatementMinLength;
    }

    public int serviceLevelBusinessDays() {
        return serviceLevelBusinessDays;
    }

    /** A draft is saved after this much idle time on the page, well before the session can expire. */
    public int autosaveIdleSeconds() {
        return autosaveIdleSeconds;
    }
}
