package org.peercert.network;

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
import java.time.LocalDate;

/**
 * R-NET-2, R-NET-4: the network's audit of a request. Its checklist: every rostered specialist certified (counted
 * from the registry when the findings are recorded), the supervision plan, and the record-keeping protocols.
 */
@Entity
@Table(name = "network_audit")
public class NetworkAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditKind kind;

    @Column(name = "ordered_by", nullable = false, length = 254, updatable = false)
    private String orderedBy;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "roster_total")
    private Integer rosterTotal;

    @Column(name = "roster_certified")
    private Integer rosterCertified;

    @Column(name = "supervision_plan_ok")
    private Boolean supervisionPlanOk;

    @Column(name = "record_keeping_ok")
    private Boolean recordKeepingOk;

    @Column(length = 4000)
    private String findings;

    @Column(name = "corrective_plan_due")
    private LocalDate correctivePlanDue;

    @Column(name = "completed_by", length = 254)
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "plan_document_id")
    private Long planDocumentId;

    @Column(name = "plan_received_at")
    private Instant planReceivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_decision")
    private PlanDecision planDecision;

    @Column(name = "plan_decided_by", length = 254)
    private String planDecidedBy;

    @Column(name = "plan_decided_at")
    private Instant planDecidedAt;

    @Column(name = "plan_note", length = 2000)
    private String planNote;

    @Version
    private long version;

    protected NetworkAudit() {
    }

    NetworkAudit(long requestId, AuditKind kind, String orderedBy, Instant at) {
        this.requestId = requestId;
        this.kind = kind;
        this.orderedBy = orderedBy;
        this.orderedAt = at;
    }

    void complete(int total, int certified, boolean supervisionPlan, boolean recordKeeping, String findingsText, LocalDate planDue,
            String by, Instant at) {
        rosterTotal = total;
        rosterCertified = certified;
        supervisionPlanOk = supervisionPlan;
        recordKeepingOk = recordKeeping;
        findings = findingsText;
        correctivePlanDue = planDue;
        completedBy = by;
        completedAt = at;
    }

    /** The agency sends a corrective action plan (again, after a return): it waits for the network's answer. */
    void planReceived(long documentId, Instant at) {
        planDocumentId = documentId;
        planReceivedAt = at;
        planDecision = null;
        planDecidedBy = null;
        planDecidedAt = null;
        planNote = null;
    }

    /** The network accepts the plan, or returns it with what to correct and, if it gives one, a new due day. */
    void planDecided(PlanDecision decision, String by, Instant at, String note, LocalDate newDue) {
        planDecision = decision;
        planDecidedBy = by;
        planDecidedAt = at;
        planNote = note;
        if (newDue != null) {
            correctivePlanDue = newDue;
        }
    }

    public PlanState planState(LocalDate today) {
        return PlanState.of(correctivePlanDue, planReceivedAt, planDecision, today);
    }

    public Long getPlanDocumentId() {
        return planDocumentId;
    }

    public Instant getPlanReceivedAt() {
        return planReceivedAt;
    }

    public PlanDecision getPlanDecision() {
        return planDecision;
    }

    public Instant getPlanDecidedAt() {
        return planDecidedAt;
    }

    public String getPlanNote() {
        return planNote;
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    /** R-NET-4 and the plans: nothing on the checklist failed. */
    public boolean isPassed() {
        return isComplete() && rosterTotal > 0 && rosterTotal.equals(rosterCertified) && supervisionPlanOk && recordKeepingOk;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public Integer getRosterTotal() {
        return rosterTotal;
    }

    public Integer getRosterCertified() {
        return rosterCertified;
    }

    public Boolean getSupervisionPlanOk() {
        return supervisionPlanOk;
    }

    public Boolean getRecordKeepingOk() {
        return recordKeepingOk;
    }

    public String getFindings() {
        return findings;
    }

    public LocalDate getCorrectivePlanDue() {
        return correctivePlanDue;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }
}
