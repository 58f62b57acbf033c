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
import java.time.LocalDate;

/** R-SUP-1: a supervisor's qualification as they declared it and staff decided it. */
@Entity
@Table(name = "supervisor_qualification")
public class Qualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private QualificationKind kind;

    @Column(name = "license_number", length = 40)
    private String licenseNumber;

    @Column(name = "license_state", length = 2)
    private String licenseState;

    @Column(name = "license_expires_on")
    private LocalDate licenseExpiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Qualification() {
    }

    Qualification(long userId, QualificationKind kind, Instant at) {
        this.userId = userId;
        this.kind = kind;
        this.status = QualificationStatus.PENDING;
        this.submittedAt = at;
    }

    /** Declared again (a renewed license, a refused one corrected): back to staff. */
    void declare(String number, String state, LocalDate expiresOn, Instant at) {
        this.licenseNumber = number;
        this.licenseState = state;
        this.licenseExpiresOn = expiresOn;
        this.status = QualificationStatus.PENDING;
        this.statusReason = null;
        this.submittedAt = at;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    void decide(QualificationStatus decision, String reason, String by, Instant at) {
        this.status = decision;
        this.statusReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Verified, and for an LMHP a license not expired on the day. */
    public boolean isCurrentOn(LocalDate day) {
        return status == QualificationStatus.VERIFIED && (!kind.isLicensed() || licenseExpiresOn != null && !licenseExpiresOn.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public String getLicenseState() {
        return licenseState;
    }

    public LocalDate getLicenseExpiresOn() {
        return licenseExpiresOn;
    }

    public QualificationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
