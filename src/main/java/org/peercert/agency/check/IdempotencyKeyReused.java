package org.peercert.agency.check;

/** An Idempotency-Key sent again within its window with another question (#32): a client's bug, never answered as a retry. */
public class IdempotencyKeyReused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was used in the last 24 hours for another question.", null, false, false);
    }
}
