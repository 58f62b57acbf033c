package org.peercert.background;

/** R-BG-2: what a check found. Anything but CLEAR goes to a second staff member for adjudication. */
public enum CheckResult {
    CLEAR,
    NEEDS_REVIEW,
    DISQUALIFYING
}
