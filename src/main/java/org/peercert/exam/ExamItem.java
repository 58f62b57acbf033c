package org.peercert.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A four-option multiple-choice test item in one performance domain (R-TRN-2). Its text never changes once
 * written (a sitting may have used it); a wrong or outdated item is retired and a new one written.
 */
@Entity
@Table(name = "exam_item")
public class ExamItem {

    public static final int OPTIONS = 4;
    public static final int MAX_STEM = 1000;
    public static final int MAX_OPTION = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PerformanceDomain domain;

    @Column(nullable = false, length = MAX_STEM)
    private String stem;

    @Column(name = "option_1", nullable = false, length = MAX_OPTION)
    private String option1;

    @Column(name = "option_2", nullable = false, length = MAX_OPTION)
    private String option2;

    @Column(name = "option_3", nullable = false, length = MAX_OPTION)
    private String option3;

    @Column(name = "option_4", nullable = false, length = MAX_OPTION)
    private String option4;

    @Column(name = "correct_option", nullable = false)
    private int correctOption;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_by", length = 254)
    private String retiredBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ExamItem() {
    }

    ExamItem(ItemDraft draft, String author, Instant now) {
        this.domain = draft.domain();
        this.stem = draft.stem().strip();
        this.option1 = draft.options().get(0).strip();
        this.option2 = draft.options().get(1).strip();
        this.option3 = draft.options().get(2).strip();
        this.option4 = draft.options().get(3).strip();
        this.correctOption = draft.correctOption();
        this.createdBy = author;
        this.createdAt = now;
    }

    void retire(String by, Instant now) {
        this.retiredBy = by;
        this.retiredAt = now;
    }

    /** The text of option 1 to 4. */
    public String option(int number) {
        return options().get(number - 1);
    }

    public List<String> options() {
        return List.of(option1, option2, option3, option4);
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Long getId() {
        return id;
    }

    public PerformanceDomain getDomain() {
        return domain;
    }

    public String getStem() {
        return stem;
    }

    public int getCorrectOption() {
        return correctOption;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
