package org.peercert.notification;

/**
 * Fired inside the sending transaction when a mail joins the outbox, so the portal can keep a copy on the recipient's
 * Notifications page; {@code dedupeKey} is set when the mail is sent at most once.
 */
public record MailQueued(Mail mail, String dedupeKey) {
}
