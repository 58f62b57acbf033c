package org.peercert.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** An agency's API key: its public prefix and a SHA-256 of its secret; the key itself is shown once, when made. */
@Entity
@Table(name = "agency_api_key")
public class ApiKey {

    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(nullable = false, length = 8, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(nullable = false, length = 100, updatable = false)
    private String label;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** The last day the key works (UTC), or null for a key that works until revoked (#32). */
    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    /** A read-only key looks up and lists; it cannot record a check (#32). */
    @Column(name = "read_only", nullable = false, updatable = false)
    private boolean readOnly;

    protected ApiKey() {
    }

    ApiKey(long agencyId, String prefix, String secretHash, String label, String createdBy, Instant createdAt, LocalDate expiresOn,
           boolean readOnly) {
        this.expiresOn = expiresOn;
        this.readOnly = readOnly;
        this.agencyId = agencyId;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    /**
     * Kept to the minute: a key used for many lookups at once (a roster's batch, two nodes busy) writes its row once a
     * minute, not once a lookup, where every writer would queue on the row's lock (#23, measured in bench/cluster.sh).
     */
    void used(Instant at) {
        if (lastUsedAt == null || Duration.between(lastUsedAt, at).abs().compareTo(LAST_USE_PRECISION) >= 0) {
            this.lastUsedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Not revoked, and not past its last day. */
    public boolean worksOn(LocalDate day) {
        return isActive() && (expiresOn == null || !day.isAfter(expiresOn));
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    String getSecretHash() {
        return secretHash;
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getLabel() {
        return label;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
