package org.peercert.billing;

/**
 * The policy numbers of the billing check that are not per code (configuration, see BillingPolicy).
 *
 * @param adultAge a consumer younger than this is a minor (R-ELIG-4: 18)
 * @param ageDifferenceYears how much older the provider must be than a minor consumer or a parent served (R-ELIG-4: 3)
 * @param clinicalSupervisionDays clinical supervision must have been logged within this many days (R-SUP-1: 30)
 * @param minutesPerUnit minutes in one billing unit (15)
 */
public record BillingLimits(int adultAge, int ageDifferenceYears, int clinicalSupervisionDays, int minutesPerUnit) {
}
