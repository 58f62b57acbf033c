package org.peercert.notification;

public enum OutboxStatus {
    /** Waiting for its first or next delivery attempt. */
    PENDING,
    /** Handed to the SMTP server. */
    SENT,
    /** Kept in the portal instead of sent (embedded default without a mail server). */
    CAPTURED,
    /** Given up after the configured number of attempts; an administrator sees it on the mail page. */
    FAILED
}
