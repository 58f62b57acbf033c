package org.peercert.background.exclusion;

/**
 * Fired (as a CDI event, inside the screening or deciding transaction) when a person is matched against the
 * exclusion list (R-BG-3), and again when staff confirm the match; agencies' rosters follow it.
 */
public record ExclusionFlagged(long applicantId, boolean confirmed, String listedName) {
}
