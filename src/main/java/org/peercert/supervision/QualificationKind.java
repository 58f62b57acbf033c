package org.peercert.supervision;

/** R-SUP-1: who may supervise a peer specialist, and in which role. */
public enum QualificationKind {
    PEER_SUPPORT_SUPERVISOR("Peer Support Supervisor", SupervisionRole.PEER, false),
    QMHP("Qualified Mental Health Professional (QMHP)", SupervisionRole.CLINICAL, false),
    LMHP("Licensed Mental Health Professional (LMHP)", SupervisionRole.CLINICAL, true);

    private final String label;
    private final SupervisionRole role;
    private final boolean licensed;

    QualificationKind(String label, SupervisionRole role, boolean licensed) {
        this.label = label;
        this.role = role;
        this.licensed = licensed;
    }

    public String label() {
        return label;
    }

    /** The supervision this qualification lets a person give. */
    public SupervisionRole role() {
        return role;
    }

    /** An LMHP gives a license number, state and expiry; the qualification lapses with the license. */
    public boolean isLicensed() {
        return licensed;
    }
}
