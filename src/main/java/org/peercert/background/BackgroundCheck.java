package org.peercert.background;

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

/** One background check of an applicant, as staff recorded it, and its adjudication. */
@Entity
@Table(name = "background_check")
public class BackgroundCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckResult result;

    @Column(name = "performed_on", nullable = false)
    private LocalDate performedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "reference_number", nullable = false, length = 100)
    private String referenceNumber;

    @Column(length = 2000)
    private String notes;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    private Adjudication adjudication;

    @Column(name = "adjudication_reason", length = 2000)
    private String adjudicationReason;

    @Column(name = "adjudicated_by", length = 254)
    private String adjudicatedBy;

    @Column(name = "adjudicated_at")
    private Instant adjudicatedAt;

    @Version
    private long version;

    protected BackgroundCheck() {
    }

    BackgroundCheck(long applicationId, CheckRecord record, LocalDate expiresOn, Long documentId, String recordedBy, Instant now) {
        this.applicationId = applicationId;
        this.kind = record.kind();
        this.result = record.result();
        this.performedOn = record.performedOn();
        this.expiresOn = expiresOn;
        this.source = record.source().strip();
        this.referenceNumber = record.referenceNumber().strip();
        this.notes = record.notes() == null || record.notes().isBlank() ? null : record.notes().strip();
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void adjudicate(Adjudication decision, String reason, String adjudicator, Instant now) {
        this.adjudication = decision;
        this.adjudicationReason = reason.strip();
        this.adjudicatedBy = adjudicator;
        this.adjudicatedAt = now;
    }

    public CheckStanding standingOn(LocalDate day) {
        return CheckStanding.of(result, adjudication, expiresOn, day);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public CheckKind getKind() {
        return kind;
    }

    public CheckResult getResult() {
        return result;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getSource() {
        return source;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getNotes() {
        return notes;
    }

    /** The supporting document staff attached, if any. */
    public Long getDocumentId() {
        return documentId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Adjudication getAdjudication() {
        return adjudication;
    }

    public String getAdjudicationReason() {
        return adjudicationReason;
    }

    public String getAdjudicatedBy() {
        return adjudicatedBy;
    }
}
