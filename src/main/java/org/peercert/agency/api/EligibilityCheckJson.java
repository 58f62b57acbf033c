package org.peercert.agency.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercert.agency.check.CheckAnswer;
import org.peercert.agency.check.CheckRequest;
import org.peercert.agency.check.EligibilityCheck;
import org.peercert.billing.Finding;
import org.peercert.platform.api.StrictJson;

/** The JSON of /api/v1/eligibility-checks: the question, the recorded answer, and the list of checks. */
public final class EligibilityCheckJson {

    private EligibilityCheckJson() {
    }

    @Schema(name = "EligibilityQuestion", description = "May this rostered person deliver this service to this consumer? A field not "
            + "listed here is refused, never ignored.", requiredProperties = {"certificateNumber", "code", "serviceDate", "consumerDateOfBirth",
            "units"}, additionalProperties = Schema.False.class)
    public record Question(
            @Schema(example = "PS-CPS-2026-000123") String certificateNumber,
            @Schema(description = "State or payer of the rule table, e.g. KS, CA, ID; defaults to the agency's state", example = "KS")
            String jurisdiction,
            @Schema(example = "H0038") String code,
            @Schema(description = "Claim modifiers, e.g. [\"HQ\"] for a group", example = "[\"HQ\"]") List<String> modifiers,
            @Schema(description = "The Parent Peer Support service (PPS track); the parent's date of birth is then required")
            Boolean parentPeerSupport,
            @Schema(format = "date", example = "2026-12-01") LocalDate serviceDate,
            @Schema(format = "date", example = "1990-04-17") LocalDate consumerDateOfBirth,
            @Schema(format = "date", example = "1972-08-30") LocalDate parentDateOfBirth,
            @Schema(description = "Planned 15-minute units", minimum = "1", example = "4") Integer units,
            @Schema(description = "Consumers in the group, for a group service", minimum = "1") Integer groupSize,
            @Schema(description = "Units of this code already delivered to the consumer that day", minimum = "0") Integer unitsAlreadyThatDay,
            @Schema(description = "Group hours already delivered to the consumer this calendar year", minimum = "0") BigDecimal groupHoursThisYear,
            @Schema(format = "date", description = "First day of the consumer's initial authorization (Idaho)") LocalDate authorizationStart,
            @Schema(description = "Units already used of that authorization", minimum = "0") Integer authorizationUnitsUsed,
            @Schema(description = "The payer authorized more than the limits") Boolean priorAuthorized) {

        /** Every field a question may have. */
        static final Set<String> FIELDS = Arrays.stream(Question.class.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());

        /** The question in the body, field by field; what is wrong is left in {@code json}'s errors. */
        static Question read(StrictJson json) {
            return new Question(json.text("certificateNumber", true), json.text("jurisdiction", false), json.text("code", true),
                    json.texts("modifiers"), json.bool("parentPeerSupport"), json.date("serviceDate", true), json.date("consumerDateOfBirth", true),
                    json.date("parentDateOfBirth", false), json.integer("units", true, 1), json.integer("groupSize", false, 1),
                    json.integer("unitsAlreadyThatDay", false, 0), json.decimal("groupHoursThisYear", false), json.date("authorizationStart", false),
                    json.integer("authorizationUnitsUsed", false, 0), json.bool("priorAuthorized"));
        }

        CheckRequest request() {
            return new CheckRequest(certificateNumber, jurisdiction, code, modifiers == null ? "" : String.join(" ", modifiers),
                    Boolean.TRUE.equals(parentPeerSupport), serviceDate, consumerDateOfBirth, parentDateOfBirth, units, groupSize,
                    unitsAlreadyThatDay, groupHoursThisYear, authorizationStart, authorizationUnitsUsed, Boolean.TRUE.equals(priorAuthorized));
        }
    }

    @Schema(name = "EligibilityFinding", requiredProperties = {"rule", "outcome", "message"})
    public record Reason(@Schema(example = "R-ELIG-4") String rule, @Schema(enumeration = {"MET", "NOT_MET", "NOTE"}) String outcome, String message) {
        static Reason of(Finding f) {
            return new Reason(f.ruleId(), f.outcome().name(), f.message());
        }
    }

    @Schema(name = "EligibilityAnswer", requiredProperties = {"id", "certificateNumber", "jurisdiction", "ruleId", "code", "modifiers",
            "serviceDate", "service", "eligible", "findings", "askedAt"})
    public record Answer(long id, String certificateNumber,
            @Schema(description = "The jurisdiction whose rule table answered", example = "KS") String jurisdiction,
            @Schema(description = "The rule table row that answered") long ruleId,
            String code, List<String> modifiers, @Schema(format = "date", example = "2026-12-01") LocalDate serviceDate,
            @Schema(description = "The rule table row's description of the service") String service, boolean eligible,
            List<Reason> findings, BigDecimal expectedReimbursement, @Schema(format = "date-time", example = "2026-12-01T15:04:05Z") Instant askedAt) {

        static Answer of(CheckAnswer a) {
            EligibilityCheck c = a.check();
            return new Answer(c.getId(), c.getCertificateNumber(), c.getJurisdiction(), c.getRuleId(), c.getCode(), modifiersOf(c),
                    c.getServiceDate(), a.ruleDescription(), c.isEligible(), a.verdict().findings().stream().map(Reason::of).toList(),
                    money(c.getExpectedReimbursement()), askedAtOf(c));
        }
    }

    @Schema(name = "EligibilityCheckRecord", description = "A check as recorded", requiredProperties = {"id", "certificateNumber",
            "jurisdiction", "ruleId", "code", "modifiers", "serviceDate", "units", "eligible", "askedBy", "askedAt"})
    public record Recorded(long id, String certificateNumber, String jurisdiction, long ruleId, String code, List<String> modifiers,
            @Schema(format = "date", example = "2026-12-01") LocalDate serviceDate, int units, boolean eligible, BigDecimal expectedReimbursement,
            @Schema(description = "Who asked: an agency administrator's email, or api: and the key's prefix") String askedBy,
            @Schema(format = "date-time", example = "2026-12-01T15:04:05Z") Instant askedAt) {

        static Recorded of(EligibilityCheck c) {
            return new Recorded(c.getId(), c.getCertificateNumber(), c.getJurisdiction(), c.getRuleId(), c.getCode(), modifiersOf(c),
                    c.getServiceDate(), c.getUnits(), c.isEligible(), money(c.getExpectedReimbursement()), c.getAskedBy(), askedAtOf(c));
        }
    }

    @Schema(name = "EligibilityCheckList", requiredProperties = {"total", "offset", "limit", "checks"})
    public record CheckList(@Schema(description = "Checks in all, from the day asked") long total, int offset, int limit,
            List<Recorded> checks) {
    }

    private static List<String> modifiersOf(EligibilityCheck c) {
        return c.getModifiers() == null || c.getModifiers().isBlank() ? List.of() : List.of(c.getModifiers().strip().split("\\s+"));
    }

    /** Dollars and cents, whether the amount was just computed or read back. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whole seconds everywhere (what the database keeps), so the answer, its replay and the list say the same time the same way. */
    private static Instant askedAtOf(EligibilityCheck c) {
        return c.getAskedAt().truncatedTo(ChronoUnit.SECONDS);
    }
}
