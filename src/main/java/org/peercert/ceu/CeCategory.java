package org.peercert.ceu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** R-CEU-1: a kind of continuing education (General, Ethics, and any an administrator adds), with its minimum hours. */
@Entity
@Table(name = "ce_category")
public class CeCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "minimum_hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal minimumHours;

    @Column(nullable = false)
    private boolean active;

    protected CeCategory() {
    }

    CeCategory(String name, BigDecimal minimumHours) {
        this.name = name;
        this.minimumHours = minimumHours;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMinimumHours() {
        return minimumHours;
    }

    public boolean isActive() {
        return active;
    }
}
