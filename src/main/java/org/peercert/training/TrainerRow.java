package org.peercert.training;

/** A trainer of a cohort as its page lists them. */
public record TrainerRow(long trainerId, String name, String email, boolean lead) {
}
