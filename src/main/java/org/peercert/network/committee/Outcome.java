package org.peercert.network.committee;

/** R-NET-3: what the committee decided on a credentialing request; DEFERRED moves it to the next meeting. */
public enum Outcome {
    APPROVED, DENIED, DEFERRED
}
