package org.peercert.ceu;

/** How a continuing-education activity was attended. */
public enum CeFormat {
    IN_PERSON("In person"), ONLINE("Online");

    private final String label;

    CeFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
