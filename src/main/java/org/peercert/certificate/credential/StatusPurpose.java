package org.peercert.certificate.credential;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Bitstring Status List purposes the portal publishes. Credentials carry one {@code message} entry, a two-bit
 * {@link Standing}; credentials issued before #27 carry a {@code revocation} and a {@code suspension} entry, whose
 * lists the portal keeps serving for them.
 */
public enum StatusPurpose {
    MESSAGE("message"),
    REVOCATION("revocation"),
    SUSPENSION("suspension");

    private final String term;

    StatusPurpose(String term) {
        this.term = term;
    }

    /** The {@code statusPurpose} value in credentials. */
    public String term() {
        return term;
    }

    public static Optional<StatusPurpose> fromTerm(String term) {
        return Arrays.stream(values()).filter(purpose -> purpose.term.equals(term)).findFirst();
    }
}
