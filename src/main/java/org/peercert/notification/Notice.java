package org.peercert.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing the portal told a person (by mail too), shown on their Notifications page. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 8000, updatable = false)
    private String body;

    @Column(name = "dedupe_key", length = 200, updatable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(long recipientId, Mail mail, String dedupeKey, Instant now) {
        this.recipientId = recipientId;
        this.subject = mail.subject();
        this.body = mail.body().length() > 8000 ? mail.body().substring(0, 8000) : mail.body();
        this.dedupeKey = dedupeKey;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
