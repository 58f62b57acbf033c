package org.peercert.background.exclusion;

/** R-BG-3: the three moments a person is screened. */
public enum ScreeningTrigger {
    /** An applicant submits an application. */
    SUBMISSION,
    /** A new list came into force: everyone is screened against it. */
    IMPORT,
    /** The monthly re-screening of everyone active. */
    MONTHLY
}
