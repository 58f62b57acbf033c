package org.peercert.supervision;

/** An agency proposes a supervisor for a peer specialist; the supervisor accepts or declines; either side ends it. */
public enum AssignmentStatus {
    PROPOSED("Waiting for the supervisor"),
    ACCEPTED("In place"),
    DECLINED("Declined"),
    ENDED("Ended");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
