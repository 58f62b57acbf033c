package org.peercert.certificate.credential;

import java.util.Arrays;
import java.util.Optional;

/** The two Bitstring Status List purposes the portal publishes: a revoked certificate never comes back, a suspended one may. */
public enum StatusPurpose {
    REVOCATION("revocation"),
    SUSPENSION("suspension");

    private final String term;

    StatusPurpose(String term) {
        this.term = term;
    }

    /** The {@code statusPurpose} value in credentials: {@code revocation} or {@code suspension}. */
    public String term() {
        return term;
    }

    public static Optional<StatusPurpose> fromTerm(String term) {
        return Arrays.stream(values()).filter(purpose -> purpose.term.equals(term)).findFirst();
    }
}
