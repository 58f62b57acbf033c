package org.peercert.background;

/** R-BG-1: staff's advisory answer to an early review of criminal history; the full checks still decide. */
public enum EarlyAdvice {
    NO_BAR_EXPECTED("What you told us would not keep you from certification"),
    MAY_BAR("It may keep you from certification: the full background check will decide"),
    LIKELY_BAR("It would likely keep you from certification");

    private final String label;

    EarlyAdvice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
