package org.peercert.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The service an agency plans to bill: the question "may this person deliver this service to this consumer?".
 *
 * @param modifiers the modifiers on the claim line, upper case
 * @param parentDateOfBirth the parent's date of birth, for Parent Peer Support (R-ELIG-4)
 * @param units planned 15-minute units
 * @param groupSize consumers in the group, for a group service
 * @param unitsAlreadyThatDay units of the same code already delivered to the consumer on the service date
 * @param groupHoursThisYear group hours already delivered to the consumer this calendar year
 * @param authorizationStart first day of the consumer's initial authorization, if it has begun (R-SVC-5)
 * @param authorizationUnitsUsed units already used of that authorization
 * @param priorAuthorized the payer authorized more than the limits (clinical review, group hours beyond the year's limit)
 */
public record ServicePlan(String code, Set<String> modifiers, LocalDate serviceDate, LocalDate consumerDateOfBirth,
        LocalDate parentDateOfBirth, int units, Integer groupSize, int unitsAlreadyThatDay, BigDecimal groupHoursThisYear,
        LocalDate authorizationStart, int authorizationUnitsUsed, boolean priorAuthorized) {
}
