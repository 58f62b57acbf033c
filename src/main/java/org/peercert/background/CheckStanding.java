package org.peercert.background;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Each check that blocks a certificate or its renewal, named with its standing ("Criminal history check: missing"). */
    public static List<String> blocking(Map<CheckKind, CheckStanding> standings) {
        List<String> blocking = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            CheckStanding standing = standings.getOrDefault(kind, MISSING);
            if (standing.blocksCertification()) {
                blocking.add(kind.label() + " check: " + standing.name().toLowerCase().replace('_', ' '));
            }
        }
        return blocking;
    }
}
