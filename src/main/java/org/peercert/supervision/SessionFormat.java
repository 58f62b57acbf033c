package org.peercert.supervision;

/** How a supervision session was held. */
public enum SessionFormat {
    INDIVIDUAL("Individual"),
    GROUP("Group");

    private final String label;

    SessionFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
