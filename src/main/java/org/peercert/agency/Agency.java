package org.peercert.agency;

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

/** A provider agency: who its administrators are is {@code agency_admin}; staff verify it. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(nullable = false, length = 10)
    private String npi;

    @Column(name = "medicaid_id", nullable = false, length = 20)
    private String medicaidId;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 2)
    private String state;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "network_approved_from")
    private LocalDate networkApprovedFrom;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "registered_by", nullable = false, length = 254, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Agency() {
    }

    Agency(AgencyDraft d, String registeredBy, Instant at) {
        this.legalName = d.legalName();
        this.npi = d.npi();
        this.medicaidId = d.medicaidId();
        this.street = d.street();
        this.city = d.city();
        this.state = d.state();
        this.postalCode = d.postalCode();
        this.contactName = d.contactName();
        this.contactEmail = d.contactEmail();
        this.contactPhone = d.contactPhone();
        this.status = AgencyStatus.PENDING;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
    }

    void decide(AgencyStatus decision, String reason, String staff, Instant at) {
        this.status = decision;
        this.statusReason = reason;
        this.decidedBy = staff;
        this.decidedAt = at;
    }

    void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    /** R-NET-3: set when a payer's credentialing committee approves the agency (issue 10). */
    public void approveInNetwork(LocalDate effectiveFrom) {
        this.networkApprovedFrom = effectiveFrom;
    }

    /** R-SVC-6: an approved Peer Support Service provider on the given day. */
    public boolean isNetworkApprovedOn(LocalDate day) {
        return networkApprovedFrom != null && !networkApprovedFrom.isAfter(day);
    }

    public boolean isVerified() {
        return status == AgencyStatus.VERIFIED;
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getNpi() {
        return npi;
    }

    public String getMedicaidId() {
        return medicaidId;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public AgencyStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getNetworkApprovedFrom() {
        return networkApprovedFrom;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
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
