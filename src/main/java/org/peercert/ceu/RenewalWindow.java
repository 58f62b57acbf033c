package org.peercert.ceu;

import java.time.LocalDate;

/**
 * R-CEU-2: when a certificate may be renewed: from the window's opening (90 days before expiry by default) to the
 * expiry date, then late during the grace period (30 days by default); after that, only a new application.
 */
public enum RenewalWindow {
    NOT_YET, OPEN, LATE, CLOSED;

    public static RenewalWindow of(LocalDate expiresOn, LocalDate today, int windowDays, int graceDays) {
        if (today.isBefore(expiresOn.minusDays(windowDays))) {
            return NOT_YET;
        }
        if (!today.isAfter(expiresOn)) {
            return OPEN;
        }
        return today.isAfter(expiresOn.plusDays(graceDays)) ? CLOSED : LATE;
    }

    public boolean acceptsRenewal() {
        return this == OPEN || this == LATE;
    }
}
