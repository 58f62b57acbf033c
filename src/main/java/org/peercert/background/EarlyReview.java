package org.peercert.background;

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

/**
 * R-BG-1: an applicant's request, before investing in 40 hours of training, to know whether their criminal
 * history would bar certification, and staff's advisory answer, kept on the application.
 */
@Entity
@Table(name = "early_review")
public class EarlyReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false, length = 4000)
    private String disclosure;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private EarlyAdvice advice;

    @Column(name = "advice_reason", length = 2000)
    private String adviceReason;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected EarlyReview() {
    }

    EarlyReview(long applicationId, String disclosure, String requestedBy, Instant now) {
        this.applicationId = applicationId;
        this.disclosure = disclosure.strip();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void answer(EarlyAdvice advice, String reason, String staffEmail, Instant now) {
        this.advice = advice;
        this.adviceReason = reason.strip();
        this.answeredBy = staffEmail;
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return advice != null;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public EarlyAdvice getAdvice() {
        return advice;
    }

    public String getAdviceReason() {
        return adviceReason;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
