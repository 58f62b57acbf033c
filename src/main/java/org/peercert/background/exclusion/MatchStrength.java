package org.peercert.background.exclusion;

/** R-BG-3: how strongly a list row points at a person. */
public enum MatchStrength {
    /** Last name, first name and date of birth equal. */
    PROBABLE,
    /** Names equal but the list row has no date of birth, or only one part of a compound surname equals. */
    POSSIBLE
}
