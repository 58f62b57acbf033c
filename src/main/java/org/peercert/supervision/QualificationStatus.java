package org.peercert.supervision;

/** A supervisor's qualification: only a VERIFIED one lets them be assigned, and keeps their assignments in place. */
public enum QualificationStatus {
    PENDING("Waiting for staff"),
    VERIFIED("Verified"),
    REJECTED("Not accepted"),
    LAPSED("Lapsed: the license expired");

    private final String label;

    QualificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
