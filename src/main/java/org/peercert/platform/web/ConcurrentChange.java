package org.peercert.platform.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

/** Tells a save that lost to someone else's change (optimistic locking) from other failures. */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }
}
