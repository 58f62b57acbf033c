package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** R-TRN-1: one version of the standardized curriculum. Versions are never changed; a new one replaces it for new cohorts. */
@Entity
@Immutable
@Table(name = "curriculum_version")
public class CurriculumVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "version")
    @OrderBy("sortOrder")
    private List<CurriculumModule> modules = new ArrayList<>();

    protected CurriculumVersion() {
    }

    CurriculumVersion(String label, String createdBy, Instant now) {
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public List<CurriculumModule> getModules() {
        return modules;
    }

    public String getTotalHours() {
        return Hours.of(getTotalMinutes());
    }

    public int getTotalMinutes() {
        return modules.stream().mapToInt(CurriculumModule::getMinutes).sum();
    }
}
