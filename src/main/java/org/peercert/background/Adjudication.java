package org.peercert.background;

public enum Adjudication {
    CLEARED,
    DISQUALIFIED
}
