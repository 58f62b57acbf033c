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
import java.time.LocalDate;

/**
 * R-BG-3: a list row that points at a person, waiting for staff. It keeps its own copy of the row, so it
 * still reads right after next month's list replaces this one; one person and one list row meet once.
 */
@Entity
@Table(name = "exclusion_match")
public class ExclusionMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "row_key", nullable = false, length = 64)
    private String rowKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStrength strength;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private ScreeningTrigger trigger;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "subject_birth")
    private LocalDate subjectBirth;

    @Column(name = "listed_name", nullable = false, length = 300)
    private String listedName;

    @Column(name = "listed_birth")
    private LocalDate listedBirth;

    @Column(name = "listed_npi", length = 10)
    private String listedNpi;

    @Column(name = "listed_place", length = 300)
    private String listedPlace;

    @Column(name = "listed_specialty", length = 100)
    private String listedSpecialty;

    @Column(name = "exclusion_type", nullable = false, length = 20)
    private String exclusionType;

    @Column(name = "excluded_on", nullable = false)
    private LocalDate excludedOn;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Version
    private long version;

    protected ExclusionMatch() {
    }

    ExclusionMatch(ScreeningIndex.Candidate candidate, ListedRow listed, long importId, ScreeningTrigger trigger, Instant now) {
        ScreeningSubject subject = candidate.subject();
        this.applicantId = subject.applicantId();
        this.applicationId = subject.applicationId();
        this.rowKey = candidate.rowKey();
        this.strength = candidate.strength();
        this.status = MatchStatus.OPEN;
        this.trigger = trigger;
        this.importId = importId;
        this.subjectName = clip(subject.displayName(), 200);
        this.subjectBirth = subject.dateOfBirth();
        this.listedName = clip(listed.displayName(), 300);
        this.listedBirth = listed.dateOfBirth();
        this.listedNpi = listed.npi();
        this.listedPlace = clip(listed.place(), 300);
        this.listedSpecialty = listed.specialty();
        this.exclusionType = listed.exclusionType();
        this.excludedOn = listed.excludedOn();
        this.raisedAt = now;
    }

    void decide(MatchStatus decision, String reason, String staffEmail, Instant now) {
        this.status = decision;
        this.decisionReason = reason.strip();
        this.decidedBy = staffEmail;
        this.decidedAt = now;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getRowKey() {
        return rowKey;
    }

    public MatchStrength getStrength() {
        return strength;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public ScreeningTrigger getTrigger() {
        return trigger;
    }

    public Long getImportId() {
        return importId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public LocalDate getSubjectBirth() {
        return subjectBirth;
    }

    public String getListedName() {
        return listedName;
    }

    public LocalDate getListedBirth() {
        return listedBirth;
    }

    public String getListedNpi() {
        return listedNpi;
    }

    public String getListedPlace() {
        return listedPlace;
    }

    public String getListedSpecialty() {
        return listedSpecialty;
    }

    public String getExclusionType() {
        return exclusionType;
    }

    public LocalDate getExcludedOn() {
        return excludedOn;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public long getVersion() {
        return version;
    }
}
