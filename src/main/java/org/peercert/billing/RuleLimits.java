package org.peercert.billing;

import java.math.BigDecimal;
import java.util.Set;

/** What an administrator may change on a rule-table row: its limits, rate, extra modifiers, and whether it is in use. */
public record RuleLimits(Integer maxUnitsPerDay, Integer maxGroupSize, Integer annualGroupHours, Integer initialAuthorizationUnits,
        Integer initialAuthorizationDays, BigDecimal ratePerUnit, boolean networkApprovalRequired, Set<String> allowedModifiers, boolean active) {

    private static final int MOST = 100_000;

    /** R-SVC-1..5: limits are whole numbers from 1 to 100,000, the initial authorization comes as units and days together, and a rate is positive in cents. */
    public void check() {
        for (Integer limit : new Integer[] {maxUnitsPerDay, maxGroupSize, annualGroupHours, initialAuthorizationUnits, initialAuthorizationDays}) {
            if (limit != null && (limit < 1 || limit > MOST)) {
                throw new BillingProblem("billing.limit");
            }
        }
        if ((initialAuthorizationUnits == null) != (initialAuthorizationDays == null)) {
            throw new BillingProblem("billing.authorizationPair");
        }
        if (ratePerUnit != null && (ratePerUnit.signum() <= 0 || ratePerUnit.scale() > 2 || ratePerUnit.compareTo(BigDecimal.valueOf(MOST)) >= 0)) {
            throw new BillingProblem("billing.rate");
        }
    }
}
