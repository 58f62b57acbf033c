package org.peercert.exam;

/** How a test was sat: online in the portal, or on paper with the result recorded by staff. */
public enum SittingMode {
    ONLINE("Online"),
    PAPER("Paper");

    private final String label;

    SittingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
