package org.peercert.training;

/** Where a cohort meets. */
public enum Delivery {
    IN_PERSON("In person"), VIRTUAL("Virtual");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
