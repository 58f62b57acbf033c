package org.peercert.network.committee;

/** R-NET-3: a committee member's vote on a credentialing request. */
public enum Vote {
    APPROVE, DENY, DEFER
}
