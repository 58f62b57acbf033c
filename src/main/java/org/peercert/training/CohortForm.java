package org.peercert.training;

import java.time.LocalDate;

/** What a trainer types to open a cohort. */
public record CohortForm(String title, LocalDate startsOn, LocalDate endsOn, Delivery delivery, String location, int capacity) {
}
