package org.peercert.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable numbers of the reports, with their defaults (issue #25). */
@ApplicationScoped
public class ReportPolicy {

    @Inject
    @ConfigProperty(name = "peercert.report.smallest-count-released", defaultValue = "5")
    int smallestCountReleased;

    @Inject
    @ConfigProperty(name = "peercert.report.item-discrimination-floor", defaultValue = "0.2")
    double itemDiscriminationFloor;

    @Inject
    @ConfigProperty(name = "peercert.report.longest-period-days", defaultValue = "1830")
    int longestPeriodDays;

    /** Counts under this (and shares or medians over fewer people) leave the portal as "fewer than N". */
    public int smallestCountReleased() {
        return smallestCountReleased;
    }

    /** A test item whose discrimination is under this is flagged for the item bank's review. */
    public double itemDiscriminationFloor() {
        return itemDiscriminationFloor;
    }

    /** The longest period one report covers (five years by default), so a typo in a year cannot scan the whole history. */
    public int longestPeriodDays() {
        return longestPeriodDays;
    }
}
