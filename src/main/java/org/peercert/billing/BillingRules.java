package org.peercert.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.peercert.applications.Track;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.format.UsDates;

/**
 * The billing-eligibility rules of DOMAIN.md (R-TRN-3, R-SVC-1..6, R-BG-3, R-SUP-1, R-ELIG-4) as plain functions:
 * may this peer specialist bill this service for this consumer on this day? No clock: "today" is passed in.
 */
public final class BillingRules {

    private static final int HOURS_SCALE = 2;
    private static final String SERVICE_DAY_NAME = "the service date";
    private static final String CHECKED_DAY_NAME = "the day checked";

    private BillingRules() {
    }

    /**
     * R-SVC-2: the modifiers of a claim line as typed ({@code "HQ, gt"}, {@code "HQ GT"}, {@code "HQ+GT"}), upper
     * case, sorted. Null or blank text is no modifier.
     *
     * @throws BillingProblem {@code billing.modifier} naming the first token that is not two letters or digits
     */
    public static Set<String> modifiers(String text) {
        SortedSet<String> modifiers = new TreeSet<>();
        if (text == null) {
            return Collections.unmodifiableSortedSet(modifiers);
        }
        for (String token : text.split("[\\s,+]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!token.matches("[A-Za-z0-9]{2}")) {
                throw new BillingProblem("billing.modifier", token);
            }
            modifiers.add(token.toUpperCase(Locale.ROOT));
        }
        return Collections.unmodifiableSortedSet(modifiers);
    }

    /**
     * R-SVC-1, R-SVC-2: whether a rule-table row is the one for this code, these modifiers (upper case, as
     * {@link #modifiers(String)} gives them) and this track: same code ignoring case, every required modifier present,
     * and no modifier that is neither required nor allowed.
     */
    public static boolean matches(ServiceTerms terms, String code, Set<String> modifiers, Track track) {
        if (code == null || !terms.code().equalsIgnoreCase(code.strip()) || terms.track() != track) {
            return false;
        }
        if (!modifiers.containsAll(terms.requiredModifiers())) {
            return false;
        }
        return modifiers.stream().allMatch(m -> terms.requiredModifiers().contains(m) || terms.allowedModifiers().contains(m));
    }

    /**
     * Refuses a question that cannot be answered, before {@link #evaluate} answers it.
     *
     * @throws BillingProblem {@code billing.serviceDate}, {@code billing.consumerDob}, {@code billing.parentDob},
     *         {@code billing.units}, {@code billing.groupSize}, {@code billing.groupHours} or
     *         {@code billing.authorizationStart}, for the first input that is missing or impossible
     */
    public static void validate(ServicePlan plan, ServiceTerms terms, LocalDate today) {
        LocalDate serviceDate = plan.serviceDate();
        refuseIf(serviceDate == null, "billing.serviceDate");
        refuseIf(!isPlausibleBirth(plan.consumerDateOfBirth(), serviceDate, today), "billing.consumerDob");
        refuseIf(terms.track() == Track.PPS && !isPlausibleBirth(plan.parentDateOfBirth(), serviceDate, today), "billing.parentDob");
        refuseIf(plan.units() < 1 || plan.unitsAlreadyThatDay() < 0 || plan.authorizationUnitsUsed() < 0, "billing.units");
        refuseIf(!isGroupSizeFor(terms, plan.groupSize()), "billing.groupSize");
        refuseIf(plan.groupHoursThisYear() != null && plan.groupHoursThisYear().signum() < 0, "billing.groupHours");
        refuseIf(plan.authorizationStart() != null && plan.authorizationStart().isAfter(serviceDate), "billing.authorizationStart");
    }

    private static void refuseIf(boolean refused, String messageKey) {
        if (refused) {
            throw new BillingProblem(messageKey);
        }
    }

    private static boolean isPlausibleBirth(LocalDate dateOfBirth, LocalDate serviceDate, LocalDate today) {
        return dateOfBirth != null && !dateOfBirth.isAfter(today) && !dateOfBirth.isAfter(serviceDate);
    }

    /** A group service needs a group of at least one; an individual service has no group size, or 1. */
    private static boolean isGroupSizeFor(ServiceTerms terms, Integer groupSize) {
        if (terms.group()) {
            return groupSize != null && groupSize >= 1;
        }
        return groupSize == null || groupSize == 1;
    }

    /**
     * Every applicable rule's finding, in a fixed order: R-TRN-3 certificate, R-SVC-1 track, R-BG-3 exclusion, R-SVC-6
     * network approval, R-SUP-1 supervision, R-ELIG-4 age difference, R-SVC-3 units a day, group ratio and annual group
     * hours, R-SVC-5 initial authorization, R-SVC-4 expected reimbursement. Eligible when no finding is
     * {@link Finding.Outcome#NOT_MET}.
     * <p>
     * The expected reimbursement (rate times units, cents rounded half up) is computed whenever the row has a rate,
     * even when the verdict is no: it is what the claim would be worth. It is null only when the row has no rate.
     * <p>
     * Assumes {@link #validate} accepted the plan.
     *
     * @param trackNames how the state names each track ("Certified Peer Specialist (CPS)"), for the findings' words (#28)
     */
    public static BillingVerdict evaluate(ServiceTerms terms, ProviderFacts provider, boolean agencyNetworkApproved, ServicePlan plan,
            BillingLimits limits, Function<Track, String> trackNames) {
        List<Finding> findings = new ArrayList<>();
        findings.add(certificate(provider, plan.serviceDate(), SERVICE_DAY_NAME));
        findings.add(track(terms, provider, trackNames));
        findings.add(exclusion(provider));
        if (terms.networkApprovalRequired()) {
            findings.add(networkApproval(terms, agencyNetworkApproved));
        }
        findings.addAll(supervision(provider, plan.serviceDate(), SERVICE_DAY_NAME, limits.clinicalSupervisionDays()));
        findings.addAll(ageDifference(terms, provider, plan, limits));
        if (terms.maxUnitsPerDay() != null) {
            findings.add(unitsPerDay(terms, plan));
        }
        if (terms.group() && terms.maxGroupSize() != null) {
            findings.add(groupRatio(terms, plan));
        }
        if (terms.group() && terms.annualGroupHours() != null) {
            findings.add(annualGroupHours(terms, plan, limits.minutesPerUnit()));
        }
        if (terms.initialAuthorizationUnits() != null) {
            findings.add(initialAuthorization(terms, plan));
        }
        BigDecimal reimbursement = expectedReimbursement(terms, plan.units());
        if (reimbursement != null) {
            findings.add(reimbursementNote(reimbursement, terms, plan, findings.stream().noneMatch(f -> f.outcome() == Finding.Outcome.NOT_MET)));
        }
        return new BillingVerdict(findings, reimbursement);
    }

    /**
     * The findings about the person alone, whatever the service, for a roster's "eligible to bill" on {@code day}:
     * R-TRN-3 certificate, R-BG-3 exclusion, R-SUP-1 supervision (with its note), in the order {@link #evaluate} gives them.
     */
    public static List<Finding> personFindings(ProviderFacts provider, LocalDate day, BillingLimits limits) {
        List<Finding> findings = new ArrayList<>();
        findings.add(certificate(provider, day, CHECKED_DAY_NAME));
        findings.add(exclusion(provider));
        findings.addAll(supervision(provider, day, CHECKED_DAY_NAME, limits.clinicalSupervisionDays()));
        return List.copyOf(findings);
    }

    /** R-SVC-4: rate times units in dollars and cents, or null when the row has no rate. */
    public static BigDecimal expectedReimbursement(ServiceTerms terms, int units) {
        if (terms.ratePerUnit() == null) {
            return null;
        }
        return terms.ratePerUnit().multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * R-TRN-3: only a certificate held and active on the day lets its holder deliver the service: not before its issue,
     * not while suspended, not after it was revoked, set inactive or expired.
     */
    private static Finding certificate(ProviderFacts provider, LocalDate day, String dayName) {
        if (day.isBefore(provider.certificateIssuedOn())) {
            return notMet("R-TRN-3", "The certificate was issued on " + shown(provider.certificateIssuedOn()) + ", after " + dayName + " "
                    + shown(day) + ": its holder was not yet certified.");
        }
        CertificateStatus status = provider.certificateStatus();
        if (status != CertificateStatus.ACTIVE) {
            return notMet("R-TRN-3", "The certificate's status on " + dayName + " " + shown(day) + ": " + status.label()
                    + suspensionEnd(provider.suspension()) + ", not Active; its holder may not deliver services.");
        }
        if (provider.certificateExpiresOn().isBefore(day)) {
            return notMet("R-TRN-3", "The certificate expires on " + shown(provider.certificateExpiresOn()) + ", before " + dayName + " "
                    + shown(day) + ".");
        }
        return met("R-TRN-3", "The certificate is Active and valid through " + shown(provider.certificateExpiresOn()) + ", on or after "
                + dayName + " " + shown(day) + ".");
    }

    /** R-SVC-4: what the claim is worth; #30.7: a refused check says it may not be billed rather than promise the amount. */
    private static Finding reimbursementNote(BigDecimal reimbursement, ServiceTerms terms, ServicePlan plan, boolean eligible) {
        String worth = dollars(reimbursement) + " (" + units(plan.units()) + " at " + dollars(terms.ratePerUnit()) + ")";
        return note("R-SVC-4", eligible ? "Expected reimbursement: " + worth + "."
                : "The claim would be worth " + worth + ", but it may not be billed: see what is not met above.");
    }

    /** #30.7: an agency deciding whether to bill needs to know when a suspension in force ends, or that nobody set an end. */
    private static String suspensionEnd(ProviderFacts.Suspension suspension) {
        if (suspension == null) {
            return "";
        }
        return suspension.until() == null ? " with no end date set" : " until " + shown(suspension.until());
    }

    /** R-SVC-1: Parent Peer Support needs the PPS track, peer support the CPS track. */
    private static Finding track(ServiceTerms terms, ProviderFacts provider, Function<Track, String> trackNames) {
        String needed = service(terms) + " needs the " + trackNames.apply(terms.track()) + " track";
        if (provider.track() != terms.track()) {
            return notMet("R-SVC-1", needed + "; the provider is certified as a " + trackNames.apply(provider.track()) + ".");
        }
        return met("R-SVC-1", needed + ", which the provider holds.");
    }

    /** R-BG-3: a confirmed match on the federal exclusion list. */
    private static Finding exclusion(ProviderFacts provider) {
        if (provider.excluded()) {
            return notMet("R-BG-3", "The provider is on the federal exclusion list (HHS-OIG LEIE): services by an excluded person may not be billed.");
        }
        return met("R-BG-3", "The provider is not on the federal exclusion list (HHS-OIG LEIE).");
    }

    /** R-SVC-6, R-NET-3: the payer's credentialing committee has approved the agency. */
    private static Finding networkApproval(ServiceTerms terms, boolean agencyNetworkApproved) {
        if (!agencyNetworkApproved) {
            return notMet("R-SVC-6", "Claims for " + service(terms) + " are denied unless the agency is an approved Peer Support Service provider; the "
                    + terms.jurisdiction() + " network's credentialing committee has not approved this agency.");
        }
        return met("R-SVC-6", "The agency is an approved Peer Support Service provider in the " + terms.jurisdiction() + " network.");
    }

    /**
     * R-SUP-1: both supervisors assigned decides; clinical supervision not logged within the last {@code days} days
     * (exactly {@code days} days before the service date is still within) is a note.
     */
    private static List<Finding> supervision(ProviderFacts provider, LocalDate day, String dayName, int days) {
        List<Finding> findings = new ArrayList<>();
        findings.add(supervisorsInPlace(provider));
        LocalDate last = provider.lastClinicalSupervision();
        if (last == null) {
            findings.add(note("R-SUP-1", "No clinical supervision is logged; it is expected at least every " + days + " days."));
        } else if (last.isBefore(day.minusDays(days))) {
            findings.add(note("R-SUP-1", "The last clinical supervision was on " + shown(last) + ", " + ChronoUnit.DAYS.between(last, day)
                    + " days before " + dayName + "; it is expected at least every " + days + " days."));
        }
        return findings;
    }

    private static Finding supervisorsInPlace(ProviderFacts provider) {
        String peer = "a Peer Support Supervisor";
        String clinical = "a clinical supervisor (QMHP or LMHP)";
        if (provider.peerSupervisorInPlace() && provider.clinicalSupervisorInPlace()) {
            return met("R-SUP-1", "The provider has " + peer + " and " + clinical + ".");
        }
        String missing;
        if (!provider.peerSupervisorInPlace() && !provider.clinicalSupervisorInPlace()) {
            missing = peer + " and " + clinical;
        } else {
            missing = provider.peerSupervisorInPlace() ? clinical : peer;
        }
        return notMet("R-SUP-1", "The provider has no accepted assignment to " + missing + ".");
    }

    /**
     * R-ELIG-4: serving a consumer under {@code adultAge} on the service date (adult from the birthday on), the
     * provider is at least {@code ageDifferenceYears} older; for Parent Peer Support, also older than the parent by as
     * much, whatever the parent's age. "Older by N years" is {@code providerBirth.plusYears(N)} not after the other
     * birth date, so a provider born on 29 February is N years older than someone born on 28 February N years later.
     */
    private static List<Finding> ageDifference(ServiceTerms terms, ProviderFacts provider, ServicePlan plan, BillingLimits limits) {
        List<Finding> findings = new ArrayList<>();
        int consumerAge = Period.between(plan.consumerDateOfBirth(), plan.serviceDate()).getYears();
        if (consumerAge < limits.adultAge()) {
            findings.add(olderBy(provider.dateOfBirth(), "the consumer", plan.consumerDateOfBirth(), limits.ageDifferenceYears(),
                    "The consumer is " + consumerAge + " on the service date, under " + limits.adultAge() + "; "));
        } else if (terms.track() != Track.PPS) {
            findings.add(met("R-ELIG-4", "The consumer is " + consumerAge + " on the service date: the " + limits.ageDifferenceYears()
                    + "-year age difference does not apply to an adult consumer."));
        }
        if (terms.track() == Track.PPS) {
            findings.add(olderBy(provider.dateOfBirth(), "the parent served", plan.parentDateOfBirth(), limits.ageDifferenceYears(),
                    "In Parent Peer Support, "));
        }
        return findings;
    }

    private static Finding olderBy(LocalDate providerBirth, String whom, LocalDate otherBirth, int years, String context) {
        if (providerBirth == null) {
            return notMet("R-ELIG-4", context + "the provider must be at least " + years + " years older than " + whom
                    + ", and the provider's date of birth is not on record.");
        }
        String comparison = "the provider (born " + shown(providerBirth) + ") must be at least " + years + " years older than " + whom
                + " (born " + shown(otherBirth) + ")";
        if (providerBirth.plusYears(years).isAfter(otherBirth)) {
            return notMet("R-ELIG-4", context + comparison + ", and is not.");
        }
        return met("R-ELIG-4", context + comparison + ", and is.");
    }

    /** R-SVC-3: units of the code a day per consumer, counting those already delivered that day. */
    private static Finding unitsPerDay(ServiceTerms terms, ServicePlan plan) {
        int total = plan.unitsAlreadyThatDay() + plan.units();
        String sum = units(plan.unitsAlreadyThatDay()) + " of " + terms.code() + " already that day plus " + plan.units() + " planned make "
                + total;
        if (total > terms.maxUnitsPerDay()) {
            return notMet("R-SVC-3", sum + ", over the limit of " + units(terms.maxUnitsPerDay()) + " a day.");
        }
        return met("R-SVC-3", sum + ", within the limit of " + units(terms.maxUnitsPerDay()) + " a day.");
    }

    /** R-SVC-3: at most one staff member to {@code maxGroupSize} consumers. */
    private static Finding groupRatio(ServiceTerms terms, ServicePlan plan) {
        String ratio = "the ratio of 1 staff to " + terms.maxGroupSize() + " consumers";
        if (plan.groupSize() > terms.maxGroupSize()) {
            return notMet("R-SVC-3", "A group of " + plan.groupSize() + " consumers exceeds " + ratio + ".");
        }
        return met("R-SVC-3", "A group of " + plan.groupSize() + " consumers is within " + ratio + ".");
    }

    /**
     * R-SVC-3: group hours a calendar year per consumer (none given counts as none yet). Compared in minutes, so that
     * any unit length is exact. Beyond the limit, prior authorization makes it met.
     */
    private static Finding annualGroupHours(ServiceTerms terms, ServicePlan plan, int minutesPerUnit) {
        BigDecimal usedHours = plan.groupHoursThisYear() == null ? BigDecimal.ZERO : plan.groupHoursThisYear();
        BigDecimal plannedMinutes = BigDecimal.valueOf((long) plan.units() * minutesPerUnit);
        BigDecimal totalMinutes = usedHours.multiply(BigDecimal.valueOf(60)).add(plannedMinutes);
        BigDecimal limitMinutes = BigDecimal.valueOf(terms.annualGroupHours() * 60L);
        String sum = hours(usedHours) + " group hours this year plus " + hours(minutesToHours(plannedMinutes)) + " planned ("
                + units(plan.units()) + ") make " + hours(minutesToHours(totalMinutes));
        String limit = terms.annualGroupHours() + " hours a calendar year without prior authorization";
        if (totalMinutes.compareTo(limitMinutes) <= 0) {
            return met("R-SVC-3", sum + ", within the limit of " + limit + ".");
        }
        if (plan.priorAuthorized()) {
            return met("R-SVC-3", sum + ", beyond the limit of " + limit + "; prior authorization covers it.");
        }
        return notMet("R-SVC-3", sum + ", over the limit of " + limit + ".");
    }

    /**
     * R-SVC-5: the initial authorization covers {@code initialAuthorizationDays} days from its start (the service date
     * when it has not begun): with 30 days starting 1 January, 1 to 30 January are inside and 31 January is not. It also
     * covers {@code initialAuthorizationUnits} units in all. Beyond either, authorization after clinical review (prior
     * authorization) makes it met.
     */
    private static Finding initialAuthorization(ServiceTerms terms, ServicePlan plan) {
        LocalDate start = plan.authorizationStart() == null ? plan.serviceDate() : plan.authorizationStart();
        List<String> beyond = new ArrayList<>();
        Integer days = terms.initialAuthorizationDays();
        if (days != null && !plan.serviceDate().isBefore(start.plusDays(days))) {
            beyond.add("the service date " + shown(plan.serviceDate()) + " is after the " + days + " days it covers (" + shown(start)
                    + " through " + shown(start.plusDays(days - 1L)) + ")");
        }
        int totalUnits = plan.authorizationUnitsUsed() + plan.units();
        if (totalUnits > terms.initialAuthorizationUnits()) {
            beyond.add(units(plan.authorizationUnitsUsed()) + " used plus " + plan.units() + " planned make " + totalUnits + ", more than its "
                    + units(terms.initialAuthorizationUnits()));
        }
        String authorization = "initial authorization of " + units(terms.initialAuthorizationUnits()) + " for " + service(terms);
        if (beyond.isEmpty()) {
            String period = days == null ? "" : ", on a service date within its " + days + " days (" + shown(start) + " through "
                    + shown(start.plusDays(days - 1L)) + ")";
            return met("R-SVC-5", "Within the " + authorization + ": " + totalUnits + " of " + units(terms.initialAuthorizationUnits())
                    + " with this service" + period + ".");
        }
        String reasons = String.join("; ", beyond);
        if (plan.priorAuthorized()) {
            return met("R-SVC-5", "Beyond the " + authorization + " (" + reasons + "), but authorized after clinical review.");
        }
        return notMet("R-SVC-5", "Beyond the " + authorization + ": " + reasons + "; more needs authorization after clinical review.");
    }

    /** E.g. "KS H0038 HQ (Peer support, group, per 15 minutes)". */
    private static String service(ServiceTerms terms) {
        StringBuilder name = new StringBuilder(terms.jurisdiction()).append(' ').append(terms.code());
        new TreeSet<>(terms.requiredModifiers()).forEach(m -> name.append(' ').append(m));
        return name + " (" + terms.description() + ")";
    }


    private static String units(int count) {
        return count == 1 ? "1 unit" : count + " units";
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal minutesToHours(BigDecimal minutes) {
        return minutes.divide(BigDecimal.valueOf(60), HOURS_SCALE, RoundingMode.HALF_UP);
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static Finding met(String ruleId, String message) {
        return new Finding(ruleId, Finding.Outcome.MET, message);
    }

    private static Finding notMet(String ruleId, String message) {
        return new Finding(ruleId, Finding.Outcome.NOT_MET, message);
    }

    private static Finding note(String ruleId, String message) {
        return new Finding(ruleId, Finding.Outcome.NOTE, message);
    }

    /** Dates in findings as people read them ("May 3, 2026"); the API's fields keep ISO. */
    private static String shown(LocalDate date) {
        return UsDates.shown(date);
    }
}
