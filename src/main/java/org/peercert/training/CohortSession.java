package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A day and time a cohort meets, with the modules the trainer plans for it. */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 500)
    private String topics;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CohortSession() {
    }

    CohortSession(long cohortId, SessionForm form, String by, Instant now) {
        this.cohortId = cohortId;
        this.meetsOn = form.meetsOn();
        this.startsAt = form.startsAt();
        this.endsAt = form.endsAt();
        this.topics = form.topics() == null || form.topics().isBlank() ? null : form.topics().strip();
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getTopics() {
        return topics;
    }
}
