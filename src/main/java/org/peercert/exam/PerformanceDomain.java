package org.peercert.exam;

import java.util.Locale;
import java.util.Optional;

/** R-TRN-2: the four performance domains of seed 004; every test item belongs to one. */
public enum PerformanceDomain {
    ADVOCACY("Advocacy"),
    PROFESSIONAL_RESPONSIBILITY("Professional Responsibility"),
    MENTORING("Mentoring"),
    RECOVERY_SUPPORT("Recovery Support");

    private final String label;

    PerformanceDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A domain as a person or a file names it: ADVOCACY, Recovery Support, recovery_support. */
    public static Optional<PerformanceDomain> named(String typed) {
        String key = typed == null ? "" : typed.strip().replace(' ', '_').toUpperCase(Locale.ROOT);
        for (PerformanceDomain domain : values()) {
            if (domain.name().equals(key)) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
