package org.peercert.background.exclusion;

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

/** One import of the exclusion list (R-BG-3): the file, its outcome and its counts, kept as history. */
@Entity
@Table(name = "exclusion_import")
public class ExclusionImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "sha256_claim", length = 64)
    private String sha256Claim;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(length = 40)
    private String charset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportOrigin origin;

    @Column(name = "stored_as", nullable = false, length = 100)
    private String storedAs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column(length = 500)
    private String problem;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_accepted", nullable = false)
    private int rowsAccepted;

    @Column(name = "rows_rejected", nullable = false)
    private int rowsRejected;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ExclusionImport() {
    }

    ExclusionImport(String fileName, FileFingerprint fingerprint, ImportOrigin origin, String storedAs, String requestedBy, Instant now) {
        this.fileName = fileName;
        this.sha256 = fingerprint.sha256();
        this.sha256Claim = fingerprint.sha256();
        this.sizeBytes = fingerprint.sizeBytes();
        this.charset = fingerprint.charset().name();
        this.origin = origin;
        this.storedAs = storedAs;
        this.status = ImportStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void retry() {
        status = ImportStatus.PENDING;
    }

    void finish(ImportStatus outcome, String problem, Instant now) {
        this.status = outcome;
        this.problem = problem == null ? null : problem.length() > 500 ? problem.substring(0, 500) : problem;
        this.finishedAt = now;
        if (!outcome.claimsItsFile()) {
            sha256Claim = null;
        }
    }

    void count(int read, int accepted, int rejected) {
        this.rowsRead = read;
        this.rowsAccepted = accepted;
        this.rowsRejected = rejected;
    }

    void supersede() {
        status = ImportStatus.SUPERSEDED;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getCharset() {
        return charset;
    }

    public ImportOrigin getOrigin() {
        return origin;
    }

    public String getStoredAs() {
        return storedAs;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getProblem() {
        return problem;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsAccepted() {
        return rowsAccepted;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
