package org.peercert.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Track;
import org.peercert.background.exclusion.NameKeys;
import org.peercert.platform.format.UsDates;

/** R-TRN-3: a certificate, with its number, holder, validity and place in the lifecycle ({@link StatusChange}). */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_NUMBER, query = "select c from Certificate c where c.number = :number")
public class Certificate {

    public static final String BY_NUMBER = "Certificate.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String number;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private Long holderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Track track;

    @Column(name = "legal_first_name", nullable = false, length = 100)
    private String legalFirstName;

    @Column(name = "legal_last_name", nullable = false, length = 100)
    private String legalLastName;

    @Column(name = "first_name_key", nullable = false, length = 100)
    private String firstNameKey;

    @Column(name = "last_name_key", nullable = false, length = 100)
    private String lastNameKey;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    @Column(name = "public_note", length = 500)
    private String publicNote;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "issued_by", nullable = false, length = 254, updatable = false)
    private String issuedBy;

    @Version
    private long version;

    protected Certificate() {
    }

    static Certificate issue(String number, CertificationApplication application, LocalDate today, LocalDate expiresOn, String staff,
                             Instant now) {
        Certificate c = new Certificate();
        c.number = Objects.requireNonNull(number);
        c.applicationId = application.getId();
        c.holderId = application.getApplicantId();
        c.track = application.getTrack();
        c.legalFirstName = application.getLegalFirstName();
        c.legalLastName = application.getLegalLastName();
        c.firstNameKey = NameKeys.key(c.legalFirstName);
        c.lastNameKey = NameKeys.key(c.legalLastName);
        c.issuedOn = today;
        c.expiresOn = expiresOn;
        c.status = CertificateStatus.ACTIVE;
        c.statusChangedAt = now;
        c.issuedBy = staff;
        return c;
    }

    /** Applies a change the state machine allows; the caller checks {@link StatusChange#allowedFrom} first. */
    void change(StatusChange change, String reason, LocalDate until, String note, Instant now) {
        if (!change.allowedFrom(status)) {
            throw new IllegalStateException(change + " from " + status);
        }
        status = change.target();
        statusChangedAt = now;
        statusReason = reason;
        suspendedUntil = change == StatusChange.SUSPEND ? until : null;
        if (change == StatusChange.REVOKE) {
            publicNote = note;
        }
    }

    /** A suspension's end moved (or removed: null), the suspension itself unchanged. */
    void changeSuspensionEnd(LocalDate until) {
        if (status != CertificateStatus.SUSPENDED) {
            throw new IllegalStateException("Only a suspension has an end: " + status);
        }
        suspendedUntil = until;
    }

    /** R-CEU-2: the next cycle; an expired certificate renewed late, within the grace period, is active again. */
    void renew(LocalDate newExpiry, Instant now) {
        expiresOn = newExpiry;
        if (status == CertificateStatus.EXPIRED) {
            status = CertificateStatus.ACTIVE;
            statusChangedAt = now;
            statusReason = "Renewed within the grace period";
        }
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn.isBefore(day);
    }

    public String getHolderName() {
        return legalFirstName + " " + legalLastName;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getHolderId() {
        return holderId;
    }

    public Track getTrack() {
        return track;
    }

    public String getLegalFirstName() {
        return legalFirstName;
    }

    public String getLegalLastName() {
        return legalLastName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /** The status in words, with a suspension's end when it has one: "suspended until Jan 31, 2027". */
    public String statusInWords() {
        String until = status == CertificateStatus.SUSPENDED && suspendedUntil != null ? " until " + UsDates.shown(suspendedUntil) : "";
        return status.label().toLowerCase(Locale.ROOT) + until;
    }

    /** Whether its holder may practise and bill peer support. */
    public boolean allowsPractice() {
        return status == CertificateStatus.ACTIVE;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getSuspendedUntil() {
        return suspendedUntil;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
