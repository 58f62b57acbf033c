package org.peercert.training;

/** A person on a cohort's roster or waiting list. */
public record RosterRow(long applicantId, String name, String email, EnrolmentStatus status) {
}
