package org.peercert.training;

/** A seat in a cohort, a place on its waiting list once it is full, or a seat given up. */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED, WITHDRAWN
}
