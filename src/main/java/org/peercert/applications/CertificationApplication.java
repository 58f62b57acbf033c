package org.peercert.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.peercert.background.exclusion.NameKeys;
import org.peercert.platform.RecordNumbers;

/** An applicant's application for one certification track. Guards its own state transitions. */
@Entity
@Table(name = "certification_application")
public class CertificationApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "legal_first_name", nullable = false, length = 100)
    private String legalFirstName;

    @Column(name = "legal_last_name", nullable = false, length = 100)
    private String legalLastName;

    @Column(name = "first_name_key", length = 100)
    private String firstNameKey;

    @Column(name = "last_name_key", length = 100)
    private String lastNameKey;

    @Column(name = "other_names", length = 300)
    private String otherNames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "address_line", length = 200)
    private String addressLine;

    @Column(length = 100)
    private String city;

    @Column(name = "state_code", length = 2)
    private String stateCode;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(length = 30)
    private String phone;

    @Column(name = "lived_experience", nullable = false)
    private boolean livedExperience;

    @Column(name = "recovery_statement", length = 4000)
    private String recoveryStatement;

    @Column(name = "signature_name", length = 200)
    private String signatureName;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "attestation_version", length = 20)
    private String attestationVersion;

    @Column(name = "attestation_text", length = 2000)
    private String attestationText;

    @Column(length = 254)
    private String assignee;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "reopened_parts", length = 60)
    private String reopenedParts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The first submission: the application's place in the queue, kept when it is resubmitted. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "resubmitted_at")
    private Instant resubmittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected CertificationApplication() {
    }

    /** The keys the staff queue searches by (QueueSearch), kept with the names they come from. */
    @PrePersist
    @PreUpdate
    void keyNames() {
        firstNameKey = NameKeys.key(legalFirstName);
        lastNameKey = NameKeys.key(legalLastName);
    }

    CertificationApplication(long applicantId, Track track, String legalFirstName, String legalLastName,
                             LocalDate dateOfBirth, Instant now) {
        this.applicantId = applicantId;
        this.track = track;
        this.status = ApplicationStatus.DRAFT;
        this.legalFirstName = legalFirstName;
        this.legalLastName = legalLastName;
        this.dateOfBirth = dateOfBirth;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Saves what the applicant typed, in the parts open to them: all of a draft, the reopened ones of a deficient application. */
    void updateDetails(ApplicationForm form, Instant now) {
        requireEditable();
        if (isOpen(ApplicationPart.DETAILS)) {
            track = form.track() == null ? track : form.track();
            legalFirstName = required(form.legalFirstName(), legalFirstName);
            legalLastName = required(form.legalLastName(), legalLastName);
            otherNames = trim(form.otherNames());
            dateOfBirth = form.dateOfBirth();
            addressLine = trim(form.addressLine());
            city = trim(form.city());
            stateCode = form.stateCode() == null ? null : form.stateCode().strip().toUpperCase();
            postalCode = trim(form.postalCode());
            phone = trim(form.phone());
        }
        if (isOpen(ApplicationPart.ELIGIBILITY)) {
            livedExperience = form.livedExperience();
            recoveryStatement = trim(form.recoveryStatement());
        }
        updatedAt = now;
    }

    /** A draft is open everywhere; a deficient application only where staff reopened it; otherwise nothing is. */
    public boolean isOpen(ApplicationPart part) {
        return status == ApplicationStatus.DRAFT
                || status == ApplicationStatus.DEFICIENT && ApplicationPart.split(reopenedParts).contains(part);
    }

    void reopen(Set<ApplicationPart> parts) {
        reopenedParts = ApplicationPart.join(parts);
    }

    public Set<ApplicationPart> getReopenedParts() {
        return ApplicationPart.split(reopenedParts);
    }

    void sign(String typedName, LocalDate on, String text, String textVersion, Instant now) {
        requireEditable();
        signatureName = typedName == null ? null : typedName.strip();
        signedOn = on;
        attestationText = text;
        attestationVersion = textVersion;
        updatedAt = now;
    }

    void moveTo(ApplicationStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("Application " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
        updatedAt = now;
        switch (next) {
            case SUBMITTED -> {
                if (submittedAt == null) {
                    submittedAt = now;
                } else {
                    resubmittedAt = now;
                }
                reopenedParts = null;
            }
            case ELIGIBLE, DENIED, DEFICIENT -> decidedAt = now;
            default -> { }
        }
    }

    void assignTo(String staffEmail) {
        assignee = staffEmail;
    }

    void decisionReason(String reason) {
        decisionReason = trim(reason);
    }

    private void requireEditable() {
        if (!status.editableByApplicant()) {
            throw new IllegalStateException("Application " + id + " is " + status + " and cannot be changed");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(String value, String current) {
        return value == null || value.isBlank() ? current : value.strip();
    }

    /** The number people quote: APP-000123. */
    public String getNumber() {
        return id == null ? "" : RecordNumbers.application(id);
    }

    public boolean personalDetailsComplete() {
        return dateOfBirth != null && addressLine != null && city != null && stateCode != null && postalCode != null && phone != null;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public Track getTrack() {
        return track;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getLegalFirstName() {
        return legalFirstName;
    }

    public String getLegalLastName() {
        return legalLastName;
    }

    public String getFullName() {
        return legalFirstName + " " + legalLastName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCity() {
        return city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isLivedExperience() {
        return livedExperience;
    }

    public String getRecoveryStatement() {
        return recoveryStatement;
    }

    public String getSignatureName() {
        return signatureName;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getAttestationVersion() {
        return attestationVersion;
    }

    public String getAttestationText() {
        return attestationText;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The latest resubmission after staff returned it, or null. */
    public Instant getResubmittedAt() {
        return resubmittedAt;
    }

    public boolean isResubmitted() {
        return resubmittedAt != null;
    }

    /** When the decision clock started: the latest (re)submission. */
    public Instant getLastSubmittedAt() {
        return resubmittedAt != null ? resubmittedAt : submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
