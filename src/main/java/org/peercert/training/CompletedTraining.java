package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * R-TRN-1: the day a person's basic training was complete (the end of the cohort whose confirmed results completed the
 * curriculum), kept once, so reports count and time the stage without recomputing attendance.
 */
@Entity
@Immutable
@Table(name = "training_completion")
public class CompletedTraining {

    @Id
    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CompletedTraining() {
    }

    CompletedTraining(long applicantId, long cohortId, LocalDate completedOn, Instant recordedAt) {
        this.applicantId = applicantId;
        this.cohortId = cohortId;
        this.completedOn = completedOn;
        this.recordedAt = recordedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Long getCohortId() {
        return cohortId;
    }
}
