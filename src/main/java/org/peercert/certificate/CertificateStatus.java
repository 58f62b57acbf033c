package org.peercert.certificate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** R-TRN-3 / R-CEU-2: the states of a certificate. Only an ACTIVE certificate lets its holder practise. */
public enum CertificateStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    REVOKED("Revoked"),
    EXPIRED("Expired"),
    INACTIVE("Inactive at the holder's request");

    /** The states a certificate can still leave: it can be revoked, and it expires. */
    public static final Set<CertificateStatus> LIVE = Collections.unmodifiableSet(EnumSet.of(ACTIVE, SUSPENDED, INACTIVE));

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Revoked and expired certificates take no staff change; an expired one comes back only by a late renewal in the grace period (R-CEU-2). */
    public boolean isFinal() {
        return !LIVE.contains(this);
    }
}
