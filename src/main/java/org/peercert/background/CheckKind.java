package org.peercert.background;

/** R-BG-1: the three checks every applicant needs. */
public enum CheckKind {
    CRIMINAL_HISTORY("Criminal history"),
    ABUSE_NEGLECT_REGISTRY("Abuse and neglect registry"),
    PROFESSIONAL_BACKGROUND("Professional background");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
