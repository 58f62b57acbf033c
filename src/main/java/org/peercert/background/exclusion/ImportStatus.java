package org.peercert.background.exclusion;

/** Where an import of the list stands. Only one import is ACTIVE: the list in force. */
public enum ImportStatus {
    PENDING, RUNNING, ACTIVE, SUPERSEDED, REFUSED, FAILED;

    /** A failed import (the server stopped, the database went away) leaves its file free to be imported again. */
    public boolean claimsItsFile() {
        return this != FAILED;
    }
}
