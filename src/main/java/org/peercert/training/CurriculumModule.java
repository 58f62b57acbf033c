package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One module of a curriculum version, in its place, with its length. */
@Entity
@Immutable
@Table(name = "curriculum_module")
public class CurriculumModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CurriculumVersion version;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int minutes;

    protected CurriculumModule() {
    }

    CurriculumModule(CurriculumVersion version, int sortOrder, String title, int minutes) {
        this.version = version;
        this.sortOrder = sortOrder;
        this.title = title;
        this.minutes = minutes;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    /** Hours as people say them: 2, 1.5. */
    public String getHours() {
        return Hours.of(minutes);
    }
}
