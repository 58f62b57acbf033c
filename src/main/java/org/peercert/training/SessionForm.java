package org.peercert.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A session as the trainer types it: the day, from and until when, the modules it covers and a note. */
public record SessionForm(LocalDate meetsOn, LocalTime startsAt, LocalTime endsAt, List<Long> moduleIds, String topics) {

    public SessionForm {
        moduleIds = moduleIds == null ? List.of() : List.copyOf(moduleIds);
    }
}
