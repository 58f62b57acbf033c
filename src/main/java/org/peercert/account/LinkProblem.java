package org.peercert.account;

/** A verification, reset or invitation link that cannot be used: unknown, already used or expired. */
public class LinkProblem extends RuntimeException {

    public enum Reason { UNKNOWN, USED, EXPIRED }

    private final Reason reason;

    public LinkProblem(Reason reason) {
        super("Link " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
