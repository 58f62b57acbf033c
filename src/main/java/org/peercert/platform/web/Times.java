package org.peercert.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.peercert.platform.format.UsDates;

/** Shows moments on pages as UTC date and time: #{times.utc(event.occurredAt)}. */
@Named
@ApplicationScoped
public class Times {

    @Inject
    Clock clock;

    /** Today, by the portal's clock: the last year a birth date's calendar offers. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** "12/05/2026": a date as people type it (month/day/year), for a field's example. */
    public String typed(LocalDate date) {
        return UsDates.typed(date);
    }

    /** "Dec 5, 2026": a date as people read it. */
    public String date(LocalDate date) {
        return UsDates.shown(date);
    }

    /** "Dec 5, 2026, 9:02 PM UTC": a moment as people read it. */
    public String utc(Instant instant) {
        return UsDates.shown(instant);
    }
}
