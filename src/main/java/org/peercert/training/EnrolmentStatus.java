package org.peercert.training;

/**
 * A seat in a cohort, a place on its waiting list once it is full, a seat given up, or an applicant's
 * request for a seat, waiting for the trainer or declined.
 */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED, WITHDRAWN, REQUESTED, DECLINED;

    /** On the roster or its waiting list: holds or waits for a seat. */
    public boolean isOnRoster() {
        return this == ENROLLED || this == WAITLISTED;
    }
}
