package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A group trained together by a trainer, on the curriculum version it started with (R-TRN-1). */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CurriculumVersion curriculum;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    @Column(length = 300)
    private String location;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "trainer_id", nullable = false)
    private Long trainerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "results_confirmed_at")
    private Instant resultsConfirmedAt;

    @Column(name = "results_confirmed_by", length = 254)
    private String resultsConfirmedBy;

    @Version
    private long version;

    protected Cohort() {
    }

    Cohort(CurriculumVersion curriculum, CohortForm form, long trainerId, Instant now) {
        this.curriculum = curriculum;
        this.title = form.title().strip();
        this.startsOn = form.startsOn();
        this.endsOn = form.endsOn();
        this.delivery = form.delivery();
        this.location = form.location() == null || form.location().isBlank() ? null : form.location().strip();
        this.capacity = form.capacity();
        this.trainerId = trainerId;
        this.createdAt = now;
    }

    void confirmResults(String trainerEmail, Instant now) {
        this.resultsConfirmedAt = now;
        this.resultsConfirmedBy = trainerEmail;
    }

    public Instant getResultsConfirmedAt() {
        return resultsConfirmedAt;
    }

    public Long getId() {
        return id;
    }

    public CurriculumVersion getCurriculum() {
        return curriculum;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getLocation() {
        return location;
    }

    public int getCapacity() {
        return capacity;
    }

    public Long getTrainerId() {
        return trainerId;
    }
}
