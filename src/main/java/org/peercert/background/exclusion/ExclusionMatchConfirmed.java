package org.peercert.background.exclusion;

import java.time.LocalDate;

/**
 * R-BG-3: fired inside the deciding transaction when staff confirm a match; the application's owner tells the applicant
 * how to dispute it.
 */
public record ExclusionMatchConfirmed(long applicationId, String listedName, String exclusionType, LocalDate excludedOn) {
}
