package org.peercert.network;

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

/** R-NET-1..3: an agency's request to join a payer's network, from draft to the committee's decision. */
@Entity
@Table(name = "network_request")
public class NetworkRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(nullable = false, length = 60, updatable = false)
    private String payer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(nullable = false, length = 200)
    private String services;

    @Column(name = "counties_served", nullable = false, length = 500)
    private String countiesServed;

    @Column(name = "group_contracts", nullable = false)
    private boolean groupContracts;

    @Column(nullable = false)
    private boolean accredited;

    @Column(name = "accreditation_body", length = 200)
    private String accreditationBody;

    @Column(name = "attests_criteria", nullable = false)
    private boolean attestsCriteria;

    @Column(name = "attests_certified_staff", nullable = false)
    private boolean attestsCertifiedStaff;

    @Column(name = "attests_supervision", nullable = false)
    private boolean attestsSupervision;

    @Column(name = "attests_record_keeping", nullable = false)
    private boolean attestsRecordKeeping;

    @Column(name = "supervision_summary", nullable = false, length = 2000)
    private String supervisionSummary;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(length = 2000)
    private String problems;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NetworkRequest() {
    }

    NetworkRequest(long agencyId, String payer, String createdBy, Instant at) {
        this.agencyId = agencyId;
        this.payer = payer;
        this.status = RequestStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = at;
        fill(RequestForm.blank(), at);
    }

    void fill(RequestForm form, Instant at) {
        services = form.services();
        countiesServed = form.countiesServed();
        groupContracts = form.groupContracts();
        accredited = form.accredited();
        accreditationBody = form.accredited() ? form.accreditationBody() : null;
        attestsCriteria = form.attestsCriteria();
        attestsCertifiedStaff = form.attestsCertifiedStaff();
        attestsSupervision = form.attestsSupervision();
        attestsRecordKeeping = form.attestsRecordKeeping();
        supervisionSummary = form.supervisionSummary();
        updatedAt = at;
    }

    public RequestForm form() {
        return new RequestForm(services, countiesServed, groupContracts, accredited, accreditationBody, attestsCriteria,
                attestsCertifiedStaff, attestsSupervision, attestsRecordKeeping, supervisionSummary);
    }

    void moveTo(RequestStatus next, Instant at) {
        status = next;
        updatedAt = at;
    }

    void submitted(LocalDate on, Instant at) {
        receivedOn = on;
        problems = null;
        moveTo(RequestStatus.SUBMITTED, at);
    }

    void returned(String listOfProblems, Instant at) {
        problems = listOfProblems;
        moveTo(RequestStatus.RETURNED, at);
    }

    void decided(RequestStatus outcome, LocalDate on, LocalDate effective, Instant at) {
        decidedOn = on;
        effectiveFrom = effective;
        moveTo(outcome, at);
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getPayer() {
        return payer;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public boolean isAccredited() {
        return accredited;
    }

    public boolean isGroupContracts() {
        return groupContracts;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getProblems() {
        return problems;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
