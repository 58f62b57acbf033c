package org.peercert.background.exclusion;

/** Where an import of the list stands. Only one import is ACTIVE: the list in force. */
public enum ImportStatus {
    PENDING, RUNNING, ACTIVE, SUPERSEDED, REFUSED, FAILED;

    /**
     * A file that is queued, running, or was put in force is not imported again. A refused file (fixed or
     * not) and a failed one (the server stopped, the database went away) may be tried again.
     */
    public boolean claimsItsFile() {
        return this != FAILED && this != REFUSED;
    }
}
