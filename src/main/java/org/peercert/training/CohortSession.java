package org.peercert.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A day and time a cohort meets, the modules it covers, and a note of what is planned. */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 500)
    private String topics;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_session_module", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "module_id")
    private Set<Long> moduleIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CohortSession() {
    }

    CohortSession(long cohortId, SessionForm form, String by, Instant now) {
        this.cohortId = cohortId;
        this.meetsOn = form.meetsOn();
        this.startsAt = form.startsAt();
        this.endsAt = form.endsAt();
        this.topics = form.topics() == null || form.topics().isBlank() ? null : form.topics().strip();
        this.moduleIds = new HashSet<>(form.moduleIds());
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getTopics() {
        return topics;
    }

    /** The modules this session covers. */
    public Set<Long> getModuleIds() {
        return Collections.unmodifiableSet(moduleIds);
    }
}
