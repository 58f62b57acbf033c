package org.peercert.document;

public enum DocumentReview {
    PENDING,
    ACCEPTED,
    REJECTED
}
