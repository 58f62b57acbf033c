package org.peercert.ceu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** R-CEU-1: one continuing-education activity of a certificant: self-logged (unverified) or reported by a provider (verified). */
@Entity
@Table(name = "ce_activity")
public class CeActivity {

    public enum Source { SELF, PROVIDER }

    public enum Verdict { ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private Long holderId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private CeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "proof_key", length = 200)
    private String proofKey;

    @Column(name = "proof_name", length = 200)
    private String proofName;

    @Column(name = "proof_type", length = 60)
    private String proofType;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_verdict")
    private Verdict auditVerdict;

    @Column(name = "audit_reason", length = 1000)
    private String auditReason;

    @Column(name = "reported_by", nullable = false, length = 254, updatable = false)
    private String reportedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CeActivity() {
    }

    CeActivity(long holderId, CeDraft draft, CeCategory category, Source source, String reportedBy, Instant now) {
        this.holderId = holderId;
        this.title = draft.title().trim();
        this.provider = draft.provider().trim();
        this.completedOn = draft.completedOn();
        this.hours = draft.hours();
        this.category = category;
        this.format = draft.format();
        this.source = source;
        this.verified = source == Source.PROVIDER;
        this.reportedBy = reportedBy;
        this.createdAt = now;
    }

    void attachProof(String key, String name, String mediaType) {
        this.proofKey = key;
        this.proofName = name;
        this.proofType = mediaType;
    }

    /** A CE audit decision on a self-logged activity: accepted proof verifies it; a rejected activity no longer counts. */
    void audit(Verdict verdict, String reason) {
        this.auditVerdict = verdict;
        this.auditReason = reason;
        this.verified = verdict == Verdict.ACCEPTED;
    }

    /** Whether the hours count toward the requirement: verified, or self-logged and not rejected in an audit. */
    public boolean counts() {
        return auditVerdict != Verdict.REJECTED;
    }

    public Long getId() {
        return id;
    }

    public Long getHolderId() {
        return holderId;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public CeCategory getCategory() {
        return category;
    }

    public CeFormat getFormat() {
        return format;
    }

    public Source getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isVerified() {
        return verified;
    }

    public boolean hasProof() {
        return proofKey != null;
    }

    public String getProofKey() {
        return proofKey;
    }

    public String getProofName() {
        return proofName;
    }

    public String getProofType() {
        return proofType;
    }

    public Verdict getAuditVerdict() {
        return auditVerdict;
    }

    public String getAuditReason() {
        return auditReason;
    }
}
