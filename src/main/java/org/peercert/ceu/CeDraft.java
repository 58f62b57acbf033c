package org.peercert.ceu;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a certificant (or a provider's report line) says of one activity, before it is checked. */
public record CeDraft(String title, String provider, LocalDate completedOn, BigDecimal hours, Long categoryId, CeFormat format) {
}
