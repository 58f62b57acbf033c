package org.peercert.exam;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One attempt at the written test (R-TRN-2): online, timed by the server from {@code startedAt} to
 * {@code deadline}, or on paper, recorded by staff. Open until finished; then it holds its scores.
 */
@Entity
@Table(name = "exam_sitting")
public class ExamSitting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SittingMode mode;

    @Column(name = "sat_on", nullable = false)
    private LocalDate satOn;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline")
    private Instant deadline;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "open_for")
    private Long openFor;

    @Column(name = "pass_mark", nullable = false, precision = 5, scale = 2)
    private BigDecimal passMark;

    @Column(name = "items_correct")
    private Integer itemsCorrect;

    @Column(name = "items_total")
    private Integer itemsTotal;

    @Column(name = "passed")
    private Boolean passed;

    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_domain_score", joinColumns = @JoinColumn(name = "sitting_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "domain")
    private Map<PerformanceDomain, Tally> domainScores = new HashMap<>();

    @Version
    private long version;

    /** A domain's score as stored. */
    @Embeddable
    public static class Tally {
        @Column(name = "correct", nullable = false)
        private int correct;

        @Column(name = "total", nullable = false)
        private int total;

        protected Tally() {
        }

        Tally(DomainScore score) {
            this.correct = score.correct();
            this.total = score.total();
        }

        DomainScore score() {
            return new DomainScore(correct, total);
        }
    }

    protected ExamSitting() {
    }

    static ExamSitting online(long applicantId, int attemptNo, Instant now, LocalDate today, Blueprint blueprint) {
        ExamSitting sitting = new ExamSitting();
        sitting.applicantId = applicantId;
        sitting.attemptNo = attemptNo;
        sitting.mode = SittingMode.ONLINE;
        sitting.satOn = today;
        sitting.startedAt = now;
        sitting.deadline = now.plus(blueprint.timeAllowed());
        sitting.openFor = applicantId;
        sitting.passMark = blueprint.passMark();
        return sitting;
    }

    static ExamSitting paper(long applicantId, int attemptNo, LocalDate satOn, ExamResult result, String staff, Instant now) {
        ExamSitting sitting = new ExamSitting();
        sitting.applicantId = applicantId;
        sitting.attemptNo = attemptNo;
        sitting.mode = SittingMode.PAPER;
        sitting.satOn = satOn;
        sitting.startedAt = now;
        sitting.passMark = result.passMark();
        sitting.recordedBy = staff;
        sitting.finish(result, now);
        return sitting;
    }

    void finish(ExamResult result, Instant now) {
        this.finishedAt = now;
        this.openFor = null;
        this.itemsCorrect = result.correct();
        this.itemsTotal = result.total();
        this.passed = result.passed();
        this.domainScores.clear();
        result.byDomain().forEach((domain, score) -> domainScores.put(domain, new Tally(score)));
    }

    public boolean isOpen() {
        return finishedAt == null;
    }

    /** An online sitting still open whose time ran out: answers are no longer taken. */
    public boolean isOverdue(Instant now) {
        return isOpen() && deadline != null && !now.isBefore(deadline);
    }

    /** The finished sitting's result, rebuilt from the stored scores. */
    public ExamResult result() {
        Map<PerformanceDomain, DomainScore> byDomain = new EnumMap<>(PerformanceDomain.class);
        domainScores.forEach((domain, tally) -> byDomain.put(domain, tally.score()));
        return ExamResult.of(byDomain, passMark);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public SittingMode getMode() {
        return mode;
    }

    public LocalDate getSatOn() {
        return satOn;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public Boolean getPassed() {
        return passed;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
