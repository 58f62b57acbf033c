package org.peercert.platform;

/** Someone asked for an application or document that is not theirs to see. Answered with 403 and audited. */
public class NotYours extends RuntimeException {

    public NotYours(String what) {
        super(what);
    }
}
