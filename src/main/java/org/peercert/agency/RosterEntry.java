package org.peercert.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A peer specialist on an agency's roster, by their certificate. */
@Entity
@Table(name = "roster_entry")
public class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private Long certificateId;

    @Column(name = "added_by", nullable = false, length = 254, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected RosterEntry() {
    }

    RosterEntry(long agencyId, long certificateId, String addedBy, Instant addedAt) {
        this.agencyId = agencyId;
        this.certificateId = certificateId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
