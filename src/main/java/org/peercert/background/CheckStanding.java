package org.peercert.background;

import java.time.LocalDate;

/**
 * R-BG-2 as a plain rule: where a check stands on a given day. Only a clear (or cleared) and unexpired
 * check lets a certificate be issued or renewed.
 */
public enum CheckStanding {
    MISSING,
    SATISFIED,
    AWAITING_ADJUDICATION,
    DISQUALIFIED,
    EXPIRED;

    public static CheckStanding of(CheckResult result, Adjudication adjudication, LocalDate expiresOn, LocalDate today) {
        if (result == null) {
            return MISSING;
        }
        if (adjudication == Adjudication.DISQUALIFIED) {
            return DISQUALIFIED;
        }
        if (result != CheckResult.CLEAR && adjudication == null) {
            return AWAITING_ADJUDICATION;
        }
        return today.isBefore(expiresOn) ? SATISFIED : EXPIRED;
    }

    public boolean blocksCertification() {
        return this != SATISFIED;
    }
}
