package org.peercert.document;

public enum DocumentKind {
    DIPLOMA("High-school diploma"),
    GED("GED or equivalency certificate"),
    OTHER("Other supporting document");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** R-ELIG-2: a diploma or its equivalent. */
    public boolean showsEducation() {
        return this == DIPLOMA || this == GED;
    }
}
