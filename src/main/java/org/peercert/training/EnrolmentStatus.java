package org.peercert.training;

/** A seat in a cohort, or a place on its waiting list once it is full. */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED
}
