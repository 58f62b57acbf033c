package org.peercert.background;

import java.time.LocalDate;

/** What staff type when they record a check. */
public record CheckRecord(CheckKind kind, CheckResult result, LocalDate performedOn, String source, String referenceNumber, String notes) {
}
