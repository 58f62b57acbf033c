package org.peercert.supervision;

/** R-SUP-1: each working peer specialist has a peer support supervisor and a clinical (QMHP or LMHP) supervisor. */
public enum SupervisionRole {
    PEER("Peer support supervisor"),
    CLINICAL("Clinical supervisor");

    private final String label;

    SupervisionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
