package org.peercert.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peercert.document.DocumentService.StoredFile;

/**
 * #28: one upload of the office's seal or signature, or (without a file) the moment the office stopped using one. Rows
 * are never changed, so what was in force on any day can be found again.
 */
@Entity
@Table(name = "office_image")
public class OfficeImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OfficeImageKind kind;

    @Column(length = 255, updatable = false)
    private String name;

    @Column(name = "media_type", length = 100, updatable = false)
    private String mediaType;

    @Column(length = 64, updatable = false)
    private String sha256;

    @Column(name = "storage_key", length = 100, updatable = false)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 254, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected OfficeImage() {
    }

    static OfficeImage uploaded(OfficeImageKind kind, StoredFile file, String admin, Instant now) {
        OfficeImage image = new OfficeImage();
        image.kind = kind;
        image.name = file.name();
        image.mediaType = file.mediaType();
        image.sha256 = file.sha256();
        image.storageKey = file.key();
        image.uploadedBy = admin;
        image.uploadedAt = now;
        return image;
    }

    static OfficeImage stopped(OfficeImageKind kind, String admin, Instant now) {
        OfficeImage image = new OfficeImage();
        image.kind = kind;
        image.uploadedBy = admin;
        image.uploadedAt = now;
        return image;
    }

    /** Whether this row carries a picture, rather than saying the office stopped using one. */
    public boolean hasFile() {
        return storageKey != null;
    }

    public Long getId() {
        return id;
    }

    public OfficeImageKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
