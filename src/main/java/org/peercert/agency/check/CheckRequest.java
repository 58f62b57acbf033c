package org.peercert.agency.check;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * "May this person deliver this service to this consumer?" as an agency asks it, in the portal or through the API.
 * Counts already used default to zero; {@code parentPeerSupport} asks for the Parent Peer Support service (PPS track).
 */
public record CheckRequest(String certificateNumber, String jurisdiction, String code, String modifiers, boolean parentPeerSupport,
        LocalDate serviceDate, LocalDate consumerDateOfBirth, LocalDate parentDateOfBirth, Integer units, Integer groupSize,
        Integer unitsAlreadyThatDay, BigDecimal groupHoursThisYear, LocalDate authorizationStart, Integer authorizationUnitsUsed,
        boolean priorAuthorized) {
}
