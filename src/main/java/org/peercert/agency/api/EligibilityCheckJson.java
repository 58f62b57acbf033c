package org.peercert.agency.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercert.agency.check.CheckAnswer;
import org.peercert.agency.check.CheckRequest;
import org.peercert.agency.check.EligibilityCheck;
import org.peercert.billing.Finding;

/** The JSON of POST /api/v1/eligibility-checks: the question, and the recorded answer. */
public final class EligibilityCheckJson {

    private EligibilityCheckJson() {
    }

    @Schema(name = "EligibilityQuestion", description = "May this rostered person deliver this service to this consumer?")
    public record Question(
            @Schema(required = true, example = "PS-CPS-2026-000123") String certificateNumber,
            @Schema(description = "State or payer of the rule table, e.g. KS, CA, ID; defaults to the agency's state") String jurisdiction,
            @Schema(required = true, example = "H0038") String code,
            @Schema(description = "Claim modifiers, e.g. [\"HQ\"] for a group") List<String> modifiers,
            @Schema(description = "The Parent Peer Support service (PPS track); the parent's date of birth is then required")
            Boolean parentPeerSupport,
            @Schema(required = true) LocalDate serviceDate,
            @Schema(required = true) LocalDate consumerDateOfBirth,
            LocalDate parentDateOfBirth,
            @Schema(required = true, description = "Planned 15-minute units") Integer units,
            @Schema(description = "Consumers in the group, for a group service") Integer groupSize,
            @Schema(description = "Units of this code already delivered to the consumer that day") Integer unitsAlreadyThatDay,
            @Schema(description = "Group hours already delivered to the consumer this calendar year") BigDecimal groupHoursThisYear,
            @Schema(description = "First day of the consumer's initial authorization (Idaho)") LocalDate authorizationStart,
            @Schema(description = "Units already used of that authorization") Integer authorizationUnitsUsed,
            @Schema(description = "The payer authorized more than the limits") Boolean priorAuthorized) {

        CheckRequest request() {
            return new CheckRequest(certificateNumber, jurisdiction, code, modifiers == null ? "" : String.join(" ", modifiers),
                    Boolean.TRUE.equals(parentPeerSupport), serviceDate, consumerDateOfBirth, parentDateOfBirth, units, groupSize,
                    unitsAlreadyThatDay, groupHoursThisYear, authorizationStart, authorizationUnitsUsed, Boolean.TRUE.equals(priorAuthorized));
        }
    }

    @Schema(name = "EligibilityFinding")
    public record Reason(@Schema(example = "R-ELIG-4") String rule, @Schema(enumeration = {"MET", "NOT_MET", "NOTE"}) String outcome, String message) {
        static Reason of(Finding f) {
            return new Reason(f.ruleId(), f.outcome().name(), f.message());
        }
    }

    @Schema(name = "EligibilityAnswer")
    public record Answer(long id, String certificateNumber, String code, String modifiers, LocalDate serviceDate, String service, boolean eligible,
            List<Reason> findings, BigDecimal expectedReimbursement, Instant askedAt) {

        static Answer of(CheckAnswer a) {
            EligibilityCheck c = a.check();
            return new Answer(c.getId(), c.getCertificateNumber(), c.getCode(), c.getModifiers(), c.getServiceDate(), a.ruleDescription(),
                    c.isEligible(), a.verdict().findings().stream().map(Reason::of).toList(), c.getExpectedReimbursement(), c.getAskedAt());
        }
    }

    @Schema(name = "EligibilityCheckRecord", description = "A check as recorded")
    public record Recorded(long id, String certificateNumber, String code, String modifiers, LocalDate serviceDate, int units, boolean eligible,
            BigDecimal expectedReimbursement, String askedBy, Instant askedAt) {

        static Recorded of(EligibilityCheck c) {
            return new Recorded(c.getId(), c.getCertificateNumber(), c.getCode(), c.getModifiers(), c.getServiceDate(), c.getUnits(),
                    c.isEligible(), c.getExpectedReimbursement(), c.getAskedBy(), c.getAskedAt());
        }
    }
}
