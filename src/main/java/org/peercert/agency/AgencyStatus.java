package org.peercert.agency;

/** An agency's registration: staff verify it before its roster and checks count for anything. */
public enum AgencyStatus {
    PENDING("Waiting for staff to verify"),
    VERIFIED("Verified"),
    REJECTED("Not verified");

    private final String label;

    AgencyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
