package org.peercert.background.exclusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One screening of people against the list in force (R-BG-3): why, when, how many, how many new matches. */
@Entity
@Immutable
@Table(name = "screening_run")
public class ScreeningRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private ScreeningTrigger trigger;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "subjects_screened", nullable = false)
    private int subjectsScreened;

    @Column(name = "matches_raised", nullable = false)
    private int matchesRaised;

    protected ScreeningRun() {
    }

    ScreeningRun(ScreeningTrigger trigger, long importId, Instant startedAt, Instant finishedAt, int subjectsScreened, int matchesRaised) {
        this.trigger = trigger;
        this.importId = importId;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.subjectsScreened = subjectsScreened;
        this.matchesRaised = matchesRaised;
    }

    public Long getId() {
        return id;
    }

    public ScreeningTrigger getTrigger() {
        return trigger;
    }

    public Long getImportId() {
        return importId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getSubjectsScreened() {
        return subjectsScreened;
    }

    public int getMatchesRaised() {
        return matchesRaised;
    }
}
