package org.peercert.applications;

/** What staff decide after review. */
public enum Decision {
    ELIGIBLE(ApplicationStatus.ELIGIBLE, "application-eligible"),
    DEFICIENT(ApplicationStatus.DEFICIENT, "application-deficient"),
    DENIED(ApplicationStatus.DENIED, "application-denied");

    private final ApplicationStatus outcome;
    private final String mailTemplate;

    Decision(ApplicationStatus outcome, String mailTemplate) {
        this.outcome = outcome;
        this.mailTemplate = mailTemplate;
    }

    ApplicationStatus outcome() {
        return outcome;
    }

    String mailTemplate() {
        return mailTemplate;
    }

    boolean needsReason() {
        return this != ELIGIBLE;
    }
}
