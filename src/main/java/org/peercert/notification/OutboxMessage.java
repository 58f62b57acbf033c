package org.peercert.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A message waiting in, or delivered from, the outbox. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    static final int BODY_MAX = 8000;
    private static final java.util.regex.Pattern LINK_TOKEN = java.util.regex.Pattern.compile("token=[A-Za-z0-9_-]+");
    private static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, String dedupeKey, Instant now) {
        if (body.length() > BODY_MAX) {
            throw new IllegalArgumentException("A mail body is at most " + BODY_MAX + " characters");
        }
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = body;
        this.dedupeKey = dedupeKey;
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    boolean isDue(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    void delivered(OutboxStatus how, Instant now) {
        attempts++;
        status = how;
        deliveredAt = now;
        lastError = null;
        if (how == OutboxStatus.SENT) {
            body = withoutLinkTokens(body);
        }
    }

    /**
     * Once a message has left the portal, its single-use links are blanked, so nobody who can read the
     * outbox (administrators, a database copy) can use them. Captured mail keeps them: reading them in the
     * portal is the point of capturing.
     */
    static String withoutLinkTokens(String text) {
        return LINK_TOKEN.matcher(text).replaceAll("token=[removed]");
    }

    /** A failure that retrying cannot mend (an invalid address, a permanent 5xx refusal): given up at once. */
    void failedForGood(String error) {
        attemptFailed(error);
        status = OutboxStatus.FAILED;
    }

    void failed(String error, Instant now, RetrySchedule retries) {
        attemptFailed(error);
        retries.nextAttempt(now, attempts).ifPresentOrElse(next -> nextAttemptAt = next, () -> status = OutboxStatus.FAILED);
    }

    private void attemptFailed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), ERROR_MAX));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getLastError() {
        return lastError;
    }
}
