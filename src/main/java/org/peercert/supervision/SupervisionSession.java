package org.peercert.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A supervision session as its supervisor logged it: no clinical notes (R-SUP-2), only when, how long, how and topics. */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private Long assignmentId;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionFormat format;

    @Column(nullable = false, length = 500, updatable = false)
    private String topics;

    @Column(name = "logged_by", nullable = false, length = 254, updatable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    protected SupervisionSession() {
    }

    SupervisionSession(long assignmentId, LocalDate heldOn, int minutes, SessionFormat format, String topics, String loggedBy, Instant at) {
        this.assignmentId = assignmentId;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.format = format;
        this.topics = topics;
        this.loggedBy = loggedBy;
        this.loggedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public String getTopics() {
        return topics;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
