package org.peercert.network;

/** R-NET-1..3: where an agency's network credentialing request stands. */
public enum RequestStatus {
    DRAFT("Draft: not sent yet"),
    SUBMITTED("Sent: waiting for the network"),
    RETURNED("Returned to the agency to correct"),
    ACKNOWLEDGED("Complete: acknowledged by the network"),
    IN_AUDIT("Audit under way"),
    READY("Ready for the credentialing committee"),
    ON_AGENDA("On the committee's agenda"),
    APPROVED("Approved"),
    DENIED("Denied");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The agency may still change the forms and documents. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Waiting for the network to act within the business-day clock (R-NET-5). */
    public boolean isOnTheClock() {
        return this == SUBMITTED;
    }

    public boolean isClosed() {
        return this == APPROVED || this == DENIED;
    }
}
