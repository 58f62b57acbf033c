package org.peercert.billing;

import java.math.BigDecimal;
import java.util.Set;

/** What an administrator may change on a rule-table row: its limits, rate, extra modifiers, and whether it is in use. */
public record RuleLimits(Integer maxUnitsPerDay, Integer maxGroupSize, Integer annualGroupHours, Integer initialAuthorizationUnits,
        Integer initialAuthorizationDays, BigDecimal ratePerUnit, boolean networkApprovalRequired, Set<String> allowedModifiers, boolean active) {
}
