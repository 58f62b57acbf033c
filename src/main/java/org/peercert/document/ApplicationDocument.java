package org.peercert.document;

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

/** A file an applicant uploaded to an application, and staff's verdict on it. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 36, columnDefinition = "char(36)")
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentReview review;

    @Column(name = "review_reason", length = 1000)
    private String reviewReason;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected ApplicationDocument() {
    }

    ApplicationDocument(long applicationId, DocumentKind kind, String originalName, String mediaType, long sizeBytes,
                        String sha256, String storageKey, Instant now) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = now;
        this.review = DocumentReview.PENDING;
    }

    void reviewed(DocumentReview verdict, String reason, String reviewer, Instant now) {
        this.review = verdict;
        this.reviewReason = reason;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public DocumentReview getReview() {
        return review;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
