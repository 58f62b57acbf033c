package org.peercert.supervision;

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

/** R-SUP-1: an agency's choice of supervisor for one of its peer specialists, in one role. */
@Entity
@Table(name = "supervision_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private Long certificateId;

    @Column(name = "supervisor_id", nullable = false, updatable = false)
    private Long supervisorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SupervisionRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status;

    @Column(name = "assigned_by", nullable = false, length = 254, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(long agencyId, long certificateId, long supervisorId, SupervisionRole role, String assignedBy, Instant at) {
        this.agencyId = agencyId;
        this.certificateId = certificateId;
        this.supervisorId = supervisorId;
        this.role = role;
        this.status = AssignmentStatus.PROPOSED;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    void answer(boolean accepted, Instant at) {
        this.status = accepted ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED;
        this.decidedAt = at;
    }

    void end(String reason, Instant at) {
        this.status = AssignmentStatus.ENDED;
        this.endReason = reason;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public SupervisionRole getRole() {
        return role;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}
