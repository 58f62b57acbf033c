package org.peercert.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as the trainer types it: the day, from and until when, and the modules planned. */
public record SessionForm(LocalDate meetsOn, LocalTime startsAt, LocalTime endsAt, String topics) {
}
