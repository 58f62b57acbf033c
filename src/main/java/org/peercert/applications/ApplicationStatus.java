package org.peercert.applications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The states of a certification application and, in one place, the transitions between them. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    DEFICIENT,
    ELIGIBLE,
    DENIED,
    WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(IN_REVIEW, WITHDRAWN),
            IN_REVIEW, EnumSet.of(DEFICIENT, ELIGIBLE, DENIED, WITHDRAWN),
            DEFICIENT, EnumSet.of(SUBMITTED, WITHDRAWN),
            ELIGIBLE, EnumSet.noneOf(ApplicationStatus.class),
            DENIED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    public boolean canBecome(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The applicant may change what they entered only while the application is theirs to work on. */
    public boolean editableByApplicant() {
        return this == DRAFT || this == DEFICIENT;
    }

    /** Waiting for state staff. */
    public boolean awaitingStaff() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    public boolean closed() {
        return NEXT.get(this).isEmpty();
    }
}
