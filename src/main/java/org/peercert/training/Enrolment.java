package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An applicant's seat in a cohort, or their place on its waiting list. */
@Entity
@Table(name = "cohort_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "enrolled_by", nullable = false, length = 254)
    private String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Enrolment() {
    }

    Enrolment(long cohortId, long applicantId, EnrolmentStatus status, String enrolledBy, Instant now) {
        this.cohortId = cohortId;
        this.applicantId = applicantId;
        this.status = status;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = now;
    }

    /** A person who left comes back: at the end of the waiting list, like anyone enrolled now. */
    void reenrol(EnrolmentStatus next, String by, Instant now) {
        this.status = next;
        this.enrolledBy = by;
        this.enrolledAt = now;
    }

    void moveTo(EnrolmentStatus next) {
        this.status = next;
    }

    /** The trainer answers the applicant's request: a seat, the waiting list, or declined. Queue order stays that of the request. */
    void decide(EnrolmentStatus answer, String trainer, Instant now) {
        this.status = answer;
        this.decidedBy = trainer;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
