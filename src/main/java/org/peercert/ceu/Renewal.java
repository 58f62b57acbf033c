package org.peercert.ceu;

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

/** R-CEU-2: a certificant's request to renew a certificate for its next cycle, decided by staff. */
@Entity
@Table(name = "renewal")
public class Renewal {

    public enum Status { SUBMITTED, APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private Long certificateId;

    @Column(name = "cycle_expires_on", nullable = false, updatable = false)
    private LocalDate cycleExpiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private boolean audited;

    @Column(nullable = false, length = 2000)
    private String attestation;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Version
    private long version;

    protected Renewal() {
    }

    Renewal(long certificateId, LocalDate cycleExpiresOn, boolean audited, String attestation, Instant now) {
        this.certificateId = certificateId;
        this.cycleExpiresOn = cycleExpiresOn;
        this.audited = audited;
        resubmit(attestation, now);
    }

    void resubmit(String attestation, Instant now) {
        this.status = Status.SUBMITTED;
        this.attestation = attestation;
        this.submittedAt = now;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    void decide(Status outcome, String staff, String reason, Instant now) {
        this.status = outcome;
        this.decidedBy = staff;
        this.decidedAt = now;
        this.returnReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public LocalDate getCycleExpiresOn() {
        return cycleExpiresOn;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isAudited() {
        return audited;
    }

    public String getAttestation() {
        return attestation;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
