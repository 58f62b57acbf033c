package org.peercert.applications;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The parts of an application staff can return as deficient; only those reopen for the applicant. */
public enum ApplicationPart {
    DETAILS("Personal details"),
    ELIGIBILITY("Eligibility and recovery statement"),
    DOCUMENTS("Documents");

    private final String label;

    ApplicationPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String join(Set<ApplicationPart> parts) {
        return parts == null || parts.isEmpty() ? null : parts.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<ApplicationPart> split(String joined) {
        Set<ApplicationPart> parts = EnumSet.noneOf(ApplicationPart.class);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(String::strip).map(ApplicationPart::valueOf).forEach(parts::add);
        }
        return parts;
    }
}
