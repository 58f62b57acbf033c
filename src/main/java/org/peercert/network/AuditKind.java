package org.peercert.network;

/** R-NET-2: a desk-top audit for agencies already in network, a site audit for unaccredited agencies pursuing group contracts. */
public enum AuditKind {
    DESK("Desk-top audit"),
    SITE("Site audit");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The audit an agency calls for. */
    public static AuditKind calledFor(boolean accredited, boolean groupContracts) {
        return !accredited && groupContracts ? SITE : DESK;
    }
}
