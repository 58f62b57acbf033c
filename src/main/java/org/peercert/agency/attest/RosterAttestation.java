package org.peercert.agency.attest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated roster attestation; never changed once made. The people are kept as JSON, as they stood on the day. */
@Entity
@Table(name = "roster_attestation")
public class RosterAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12, updatable = false)
    private String code;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(name = "agency_name", nullable = false, length = 200, updatable = false)
    private String agencyName;

    @Column(name = "agency_npi", nullable = false, length = 10, updatable = false)
    private String agencyNpi;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "made_by", nullable = false, length = 254, updatable = false)
    private String madeBy;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    @Column(name = "people_count", nullable = false, updatable = false)
    private int peopleCount;

    @Column(name = "eligible_count", nullable = false, updatable = false)
    private int eligibleCount;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    private String people;

    protected RosterAttestation() {
    }

    RosterAttestation(String code, long agencyId, String agencyName, String agencyNpi, LocalDate asOf, String madeBy, Instant madeAt,
            int peopleCount, int eligibleCount, String people) {
        this.code = code;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.agencyNpi = agencyNpi;
        this.asOf = asOf;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.peopleCount = peopleCount;
        this.eligibleCount = eligibleCount;
        this.people = people;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getDisplayCode() {
        return AttestationCode.display(code);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getAgencyNpi() {
        return agencyNpi;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public int getEligibleCount() {
        return eligibleCount;
    }

    String getPeopleJson() {
        return people;
    }
}
