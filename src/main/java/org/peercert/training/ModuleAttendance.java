package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The minutes of one module a person attended in one cohort, as the trainer recorded them. */
@Entity
@Table(name = "module_attendance")
public class ModuleAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "module_id", nullable = false)
    private Long moduleId;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ModuleAttendance() {
    }

    ModuleAttendance(long cohortId, long applicantId, long moduleId, int minutes, String recordedBy, Instant now) {
        this.cohortId = cohortId;
        this.applicantId = applicantId;
        this.moduleId = moduleId;
        record(minutes, recordedBy, now);
    }

    void record(int minutes, String recordedBy, Instant now) {
        this.minutes = minutes;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public int getMinutes() {
        return minutes;
    }
}
