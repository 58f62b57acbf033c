package org.peercert.background.exclusion;

/** A match waits in the staff queue until confirmed (the person is flagged) or dismissed with a reason. */
public enum MatchStatus {
    OPEN, CONFIRMED, DISMISSED
}
