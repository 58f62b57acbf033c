package org.peercert.certificate;

/** R-TRN-3 / R-CEU-2: the states of a certificate. Only an ACTIVE certificate lets its holder practise. */
public enum CertificateStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    REVOKED("Revoked"),
    EXPIRED("Expired"),
    INACTIVE("Inactive at the holder's request");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Revoked and expired certificates never change again; a new certificate needs a new application. */
    public boolean isFinal() {
        return this == REVOKED || this == EXPIRED;
    }
}
