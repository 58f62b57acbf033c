package org.peercert.agency.check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.peercert.billing.ServiceRule;

/** A billing-eligibility check as it was asked and answered, kept for the agency's own records and audits. */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(name = "certificate_number", nullable = false, length = 40, updatable = false)
    private String certificateNumber;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private Long ruleId;

    @Column(name = "service_date", nullable = false, updatable = false)
    private LocalDate serviceDate;

    @Column(nullable = false, length = 10, updatable = false)
    private String code;

    @Column(nullable = false, length = 40, updatable = false)
    private String modifiers;

    @Column(nullable = false, updatable = false)
    private int units;

    @Column(name = "group_size", updatable = false)
    private Integer groupSize;

    /** The request as JSON, every input included. */
    @Column(nullable = false, length = 2000, updatable = false)
    private String inputs;

    @Column(nullable = false, updatable = false)
    private boolean eligible;

    /** The findings as JSON. */
    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String findings;

    @Column(name = "expected_reimbursement", precision = 10, scale = 2, updatable = false)
    private BigDecimal expectedReimbursement;

    @Column(name = "asked_by", nullable = false, length = 254, updatable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(nullable = false, length = 20, updatable = false)
    private String jurisdiction;

    /** The caller's Idempotency-Key (#32); cleared when the key is used again after its 24 hours. */
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    protected EligibilityCheck() {
    }

    EligibilityCheck(long agencyId, String certificateNumber, ServiceRule rule, CheckRequest request, String modifiers, String inputs, boolean eligible,
            String findings, BigDecimal expectedReimbursement, String askedBy, Instant askedAt) {
        this.agencyId = agencyId;
        this.certificateNumber = certificateNumber;
        this.ruleId = rule.getId();
        this.jurisdiction = rule.getJurisdiction();
        this.serviceDate = request.serviceDate();
        this.code = request.code().strip().toUpperCase(java.util.Locale.ROOT);
        this.modifiers = modifiers;
        this.units = request.units();
        this.groupSize = request.groupSize();
        this.inputs = inputs;
        this.eligible = eligible;
        this.findings = findings;
        this.expectedReimbursement = expectedReimbursement;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    public Long getId() {
        return id;
    }

    /** The jurisdiction of the rule table row that answered, the agency's own unless the question named another. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    void keyedBy(String key) {
        this.idempotencyKey = key;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public String getCode() {
        return code;
    }

    public String getModifiers() {
        return modifiers;
    }

    public int getUnits() {
        return units;
    }

    public Integer getGroupSize() {
        return groupSize;
    }

    public String getInputs() {
        return inputs;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getFindings() {
        return findings;
    }

    public BigDecimal getExpectedReimbursement() {
        return expectedReimbursement;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }
}
