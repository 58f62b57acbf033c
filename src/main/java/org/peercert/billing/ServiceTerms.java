package org.peercert.billing;

import java.math.BigDecimal;
import java.util.Set;
import org.peercert.applications.Track;

/**
 * R-SVC-1..5: how one procedure code with its modifiers is billed in one state or payer: one row of the rule
 * table an administrator edits. Limits that do not apply are null.
 *
 * @param jurisdiction state or payer the row belongs to, e.g. {@code KS}, {@code CA}, {@code ID-OPTUM}
 * @param code HCPCS code, e.g. {@code H0038}
 * @param requiredModifiers modifiers that select this row, e.g. {@code HQ} for group
 * @param allowedModifiers further modifiers that may be added without changing the row, e.g. {@code GT}, {@code KX}
 * @param track the certification track the service needs; PPS rows are Parent Peer Support and check the parent's age
 * @param group whether the service is delivered to a group (a group size is then required)
 * @param maxUnitsPerDay units a day per code and consumer (R-SVC-3, 96 in California)
 * @param maxGroupSize consumers per staff member (R-SVC-3, 8)
 * @param annualGroupHours group hours a calendar year per consumer unless prior-authorized (R-SVC-3, 750)
 * @param initialAuthorizationUnits units of the initial authorization (R-SVC-5, Idaho: 16; H2015: 32)
 * @param initialAuthorizationDays days the initial authorization lasts (R-SVC-5, 30)
 * @param ratePerUnit expected reimbursement per unit (R-SVC-4, Kansas: 11.75 individual, 4.37 group)
 * @param networkApprovalRequired whether the agency must be an approved network provider (R-SVC-6, R-NET-3)
 */
public record ServiceTerms(String jurisdiction, String code, Set<String> requiredModifiers, Set<String> allowedModifiers, Track track,
        boolean group, Integer maxUnitsPerDay, Integer maxGroupSize, Integer annualGroupHours, Integer initialAuthorizationUnits,
        Integer initialAuthorizationDays, BigDecimal ratePerUnit, boolean networkApprovalRequired, String description) {

    public ServiceTerms {
        requiredModifiers = Set.copyOf(requiredModifiers);
        allowedModifiers = Set.copyOf(allowedModifiers);
    }
}
