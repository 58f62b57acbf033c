package org.peercert.document;

public enum DocumentKind {
    DIPLOMA("High-school diploma"),
    GED("GED or equivalency certificate"),
    OTHER("Other supporting document"),
    /** A record staff attach to a background check (R-BG-2); never shown to the applicant. */
    BACKGROUND_CHECK("Background check record");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Staff's own records: only staff list and open them. */
    public boolean staffOnly() {
        return this == BACKGROUND_CHECK;
    }

    /** What an applicant may upload themselves. */
    public static DocumentKind[] uploadableByApplicants() {
        return new DocumentKind[] {DIPLOMA, GED, OTHER};
    }

    /** R-ELIG-2: a diploma or its equivalent. */
    public boolean showsEducation() {
        return this == DIPLOMA || this == GED;
    }
}
