package org.peercert.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercert.billing.BillingFixtures.LIMITS;
import static org.peercert.billing.BillingFixtures.SERVICE_DATE;
import static org.peercert.billing.BillingFixtures.TRACK_NAMES;
import static org.peercert.billing.BillingFixtures.california;
import static org.peercert.billing.BillingFixtures.idahoPeerSupport;
import static org.peercert.billing.BillingFixtures.idahoTransition;
import static org.peercert.billing.BillingFixtures.kansasGroup;
import static org.peercert.billing.BillingFixtures.kansasIndividual;
import static org.peercert.billing.BillingFixtures.kansasParentPeerSupport;
import static org.peercert.billing.BillingFixtures.plan;
import static org.peercert.billing.BillingFixtures.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.applications.Track;
import org.peercert.billing.BillingFixtures.Plan;
import org.peercert.billing.BillingFixtures.Provider;
import org.peercert.billing.Finding.Outcome;
import org.peercert.certificate.CertificateStatus;

/** The billing-eligibility verdict, rule by rule at its boundary (R-TRN-3, R-SVC-1..6, R-BG-3, R-SUP-1, R-ELIG-4). */
class BillingRulesTest {

    private static BillingVerdict check(ServiceTerms terms, Provider provider, Plan plan) {
        return BillingRules.evaluate(terms, provider.facts(), true, plan.build(), LIMITS, TRACK_NAMES);
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    private static List<Finding> findingsOf(BillingVerdict verdict, String ruleId) {
        return verdict.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The one finding of the rule whose message mentions {@code topic} (R-SVC-3 has three). */
    private static Finding finding(BillingVerdict verdict, String ruleId, String topic) {
        List<Finding> found = findingsOf(verdict, ruleId).stream().filter(f -> f.message().contains(topic)).toList();
        assertEquals(1, found.size(), () -> ruleId + " about '" + topic + "' in " + verdict.findings());
        return found.get(0);
    }

    private static Finding finding(BillingVerdict verdict, String ruleId) {
        return finding(verdict, ruleId, "");
    }

    private static void assertRefusedOnlyBy(String ruleId, BillingVerdict verdict) {
        assertFalse(verdict.eligible());
        assertEquals(List.of(ruleId), ruleIds(verdict.unmet()), () -> verdict.findings().toString());
    }

    private static void assertMet(Finding finding) {
        assertEquals(Outcome.MET, finding.outcome(), finding::message);
    }

    private static void assertNotMet(Finding finding, String mentioned) {
        assertEquals(Outcome.NOT_MET, finding.outcome(), finding::message);
        assertTrue(finding.message().contains(mentioned), () -> "'" + mentioned + "' in: " + finding.message());
    }

    // --- the whole verdict ---

    @Test
    void kansasIndividualForAnEligibleProviderIsEligibleWithEveryReasonInOrder() {
        BillingVerdict verdict = check(kansasIndividual(), provider(), plan());
        assertTrue(verdict.eligible());
        assertEquals(List.of("R-TRN-3", "R-SVC-1", "R-BG-3", "R-SUP-1", "R-ELIG-4", "R-SVC-4"), ruleIds(verdict.findings()));
        assertEquals(List.of(), verdict.unmet());
    }

    @Test
    void idahoAddsNetworkApprovalAndInitialAuthorizationAndHasNoRate() {
        BillingVerdict verdict = check(idahoPeerSupport(), provider(), plan());
        assertTrue(verdict.eligible());
        assertEquals(List.of("R-TRN-3", "R-SVC-1", "R-BG-3", "R-SVC-6", "R-SUP-1", "R-ELIG-4", "R-SVC-5"), ruleIds(verdict.findings()));
        assertNull(verdict.expectedReimbursement());
    }

    @Test
    void kansasGroupAddsRatioAndAnnualHours() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(6));
        assertTrue(verdict.eligible());
        assertEquals(List.of("R-TRN-3", "R-SVC-1", "R-BG-3", "R-SUP-1", "R-ELIG-4", "R-SVC-3", "R-SVC-3", "R-SVC-4"), ruleIds(verdict.findings()));
    }

    // --- R-TRN-3 certificate ---

    @Test
    void rTrn3_aCertificateExpiringOnTheServiceDateStillCovers() {
        BillingVerdict verdict = check(kansasIndividual(), provider().expiresOn(SERVICE_DATE), plan());
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-TRN-3"));
    }

    @Test
    void rTrn3_aCertificateExpiringTheDayBeforeTheServiceDateDoesNot() {
        BillingVerdict verdict = check(kansasIndividual(), provider().expiresOn(SERVICE_DATE.minusDays(1)), plan());
        assertRefusedOnlyBy("R-TRN-3", verdict);
        assertNotMet(finding(verdict, "R-TRN-3"), "expires on May 3, 2026, before the service date May 4, 2026");
    }

    @Test
    void rTrn3_aSuspendedCertificateIsNamed() {
        BillingVerdict verdict = check(kansasIndividual(), provider().status(CertificateStatus.SUSPENDED), plan());
        assertRefusedOnlyBy("R-TRN-3", verdict);
        assertNotMet(finding(verdict, "R-TRN-3"), "The certificate's status on the service date May 4, 2026: Suspended, not Active");
    }

    @Test
    void rTrn3_aSuspensionInForceNamesItsEndOrThatThereIsNone() {
        BillingVerdict until = check(kansasIndividual(), provider().suspendedUntil(LocalDate.of(2026, 6, 1)), plan());
        assertRefusedOnlyBy("R-TRN-3", until);
        assertNotMet(finding(until, "R-TRN-3"), "Suspended until Jun 1, 2026, not Active; its holder may not deliver services.");
        BillingVerdict open = check(kansasIndividual(), provider().suspendedUntil(null), plan());
        assertNotMet(finding(open, "R-TRN-3"), "Suspended with no end date set, not Active");
    }

    @Test
    void rTrn3_aServiceBeforeTheCertificateWasIssuedIsNotCovered() {
        BillingVerdict verdict = check(kansasIndividual(), provider().issuedOn(SERVICE_DATE.plusDays(1)), plan());
        assertRefusedOnlyBy("R-TRN-3", verdict);
        assertNotMet(finding(verdict, "R-TRN-3"), "issued on May 5, 2026, after the service date May 4, 2026: its holder was not yet certified");
    }

    @Test
    void rTrn3_aServiceOnTheDayOfIssueIsCovered() {
        BillingVerdict verdict = check(kansasIndividual(), provider().issuedOn(SERVICE_DATE), plan());
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-TRN-3"));
    }

    // --- R-SVC-1 track ---

    @Test
    void rSvc1_parentPeerSupportNeedsThePpsTrack() {
        BillingVerdict verdict = check(kansasParentPeerSupport(), provider().track(Track.CPS),
                plan().consumerBorn(LocalDate.of(2014, 1, 1)).parentBorn(LocalDate.of(1990, 1, 1)));
        assertRefusedOnlyBy("R-SVC-1", verdict);
        assertNotMet(finding(verdict, "R-SVC-1"), "needs the Parent Peer Support Specialist (PPS) track");
    }

    @Test
    void rSvc1_peerSupportNeedsTheCpsTrack() {
        BillingVerdict verdict = check(kansasIndividual(), provider().track(Track.PPS), plan());
        assertRefusedOnlyBy("R-SVC-1", verdict);
        assertNotMet(finding(verdict, "R-SVC-1"), "needs the Certified Peer Specialist (CPS) track");
    }

    // --- R-BG-3 exclusion ---

    @Test
    void rBg3_anExcludedProviderMayNotBill() {
        BillingVerdict verdict = check(kansasIndividual(), provider().excluded(), plan());
        assertRefusedOnlyBy("R-BG-3", verdict);
        assertNotMet(finding(verdict, "R-BG-3"), "exclusion list");
    }

    // --- R-SVC-6 network approval ---

    @Test
    void rSvc6_idahoDeniesClaimsOfAnAgencyNotApprovedByTheNetwork() {
        BillingVerdict verdict = BillingRules.evaluate(idahoPeerSupport(), provider().facts(), false, plan().build(), LIMITS, TRACK_NAMES);
        assertRefusedOnlyBy("R-SVC-6", verdict);
        assertNotMet(finding(verdict, "R-SVC-6"), "approved Peer Support Service provider");
    }

    @Test
    void rSvc6_kansasAsksNoNetworkApproval() {
        BillingVerdict verdict = BillingRules.evaluate(kansasIndividual(), provider().facts(), false, plan().build(), LIMITS, TRACK_NAMES);
        assertTrue(verdict.eligible());
        assertEquals(List.of(), findingsOf(verdict, "R-SVC-6"));
    }

    // --- R-SUP-1 supervision ---

    @Test
    void rSup1_withoutAPeerSupportSupervisor() {
        BillingVerdict verdict = check(kansasIndividual(), provider().supervisors(false, true), plan());
        assertRefusedOnlyBy("R-SUP-1", verdict);
        Finding finding = finding(verdict, "R-SUP-1");
        assertNotMet(finding, "Peer Support Supervisor");
        assertFalse(finding.message().contains("clinical"), finding.message());
    }

    @Test
    void rSup1_withoutAClinicalSupervisor() {
        BillingVerdict verdict = check(kansasIndividual(), provider().supervisors(true, false), plan());
        assertRefusedOnlyBy("R-SUP-1", verdict);
        Finding finding = finding(verdict, "R-SUP-1");
        assertNotMet(finding, "clinical supervisor (QMHP or LMHP)");
        assertFalse(finding.message().contains("Peer Support Supervisor"), finding.message());
    }

    @Test
    void rSup1_withoutEitherSupervisorBothAreNamed() {
        BillingVerdict verdict = check(kansasIndividual(), provider().supervisors(false, false), plan());
        assertNotMet(finding(verdict, "R-SUP-1"), "a Peer Support Supervisor and a clinical supervisor (QMHP or LMHP)");
    }

    @Test
    void rSup1_clinicalSupervisionExactlyThirtyDaysAgoNeedsNoNote() {
        BillingVerdict verdict = check(kansasIndividual(), provider().lastClinicalSupervision(SERVICE_DATE.minusDays(30)), plan());
        assertEquals(List.of(Outcome.MET), findingsOf(verdict, "R-SUP-1").stream().map(Finding::outcome).toList());
    }

    @Test
    void rSup1_clinicalSupervisionThirtyOneDaysAgoIsANoteThatDoesNotBlock() {
        BillingVerdict verdict = check(kansasIndividual(), provider().lastClinicalSupervision(SERVICE_DATE.minusDays(31)), plan());
        assertTrue(verdict.eligible());
        Finding note = finding(verdict, "R-SUP-1", "last clinical supervision");
        assertEquals(Outcome.NOTE, note.outcome());
        assertTrue(note.message().contains("Apr 3, 2026, 31 days before"), note.message());
    }

    @Test
    void rSup1_noClinicalSupervisionLoggedIsANote() {
        BillingVerdict verdict = check(kansasIndividual(), provider().lastClinicalSupervision(null), plan());
        assertTrue(verdict.eligible());
        assertEquals(Outcome.NOTE, finding(verdict, "R-SUP-1", "No clinical supervision is logged").outcome());
    }

    // --- R-ELIG-4 age difference ---

    @Test
    void rElig4_aProviderExactlyThreeYearsOlderThanAMinorMayServe() {
        BillingVerdict verdict = check(kansasIndividual(), provider().born(LocalDate.of(2005, 5, 5)), plan().consumerBorn(LocalDate.of(2008, 5, 5)));
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-ELIG-4"));
    }

    @Test
    void rElig4_aProviderOneDayShortOfThreeYearsOlderThanAMinorMayNot() {
        BillingVerdict verdict = check(kansasIndividual(), provider().born(LocalDate.of(2005, 5, 6)), plan().consumerBorn(LocalDate.of(2008, 5, 5)));
        assertRefusedOnlyBy("R-ELIG-4", verdict);
        assertNotMet(finding(verdict, "R-ELIG-4"), "The consumer is 17 on the service date, under 18");
    }

    @Test
    void rElig4_aConsumerTurningEighteenOnTheServiceDateIsAnAdult() {
        Provider twoYearsOlder = provider().born(LocalDate.of(2006, 5, 4));
        BillingVerdict verdict = check(kansasIndividual(), twoYearsOlder, plan().consumerBorn(LocalDate.of(2008, 5, 4)));
        assertTrue(verdict.eligible());
        Finding finding = finding(verdict, "R-ELIG-4");
        assertMet(finding);
        assertTrue(finding.message().contains("does not apply to an adult consumer"), finding.message());

        BillingVerdict dayBefore = check(kansasIndividual(), twoYearsOlder, plan().consumerBorn(LocalDate.of(2008, 5, 5)));
        assertRefusedOnlyBy("R-ELIG-4", dayBefore);
    }

    @Test
    void rElig4_aLeapDayProviderIsThreeYearsOlderThanSomeoneBornOnTheTwentyEighthThreeYearsLater() {
        Provider leapDay = provider().born(LocalDate.of(2004, 2, 29));
        Plan minor = plan().serviceDate(LocalDate.of(2024, 6, 1));
        assertMet(finding(check(kansasIndividual(), leapDay, minor.consumerBorn(LocalDate.of(2007, 2, 28))), "R-ELIG-4"));
        assertNotMet(finding(check(kansasIndividual(), leapDay, minor.consumerBorn(LocalDate.of(2007, 2, 27))), "R-ELIG-4"), "is not");
    }

    @Test
    void rElig4_parentPeerSupportChecksTheAdultParentToo() {
        Provider ppsProvider = provider().track(Track.PPS).born(LocalDate.of(1988, 7, 1));
        Plan childAndParent = plan().consumerBorn(LocalDate.of(2014, 2, 1));

        BillingVerdict tooYoung = check(kansasParentPeerSupport(), ppsProvider, childAndParent.parentBorn(LocalDate.of(1991, 6, 30)));
        assertRefusedOnlyBy("R-ELIG-4", tooYoung);
        List<Finding> findings = findingsOf(tooYoung, "R-ELIG-4");
        assertEquals(List.of(Outcome.MET, Outcome.NOT_MET), findings.stream().map(Finding::outcome).toList());
        assertNotMet(findings.get(1), "the parent served (born Jun 30, 1991)");

        BillingVerdict exactly = check(kansasParentPeerSupport(), ppsProvider, childAndParent.parentBorn(LocalDate.of(1991, 7, 1)));
        assertTrue(exactly.eligible(), () -> exactly.findings().toString());
    }

    @Test
    void rElig4_parentPeerSupportForAnAdultConsumerStillChecksTheParent() {
        BillingVerdict verdict = check(kansasParentPeerSupport(), provider().track(Track.PPS).born(LocalDate.of(1975, 1, 1)),
                plan().consumerBorn(LocalDate.of(2000, 1, 1)).parentBorn(LocalDate.of(1974, 1, 1)));
        assertRefusedOnlyBy("R-ELIG-4", verdict);
        assertEquals(1, findingsOf(verdict, "R-ELIG-4").size());
        assertNotMet(finding(verdict, "R-ELIG-4"), "parent served");
    }

    @Test
    void rElig4_aProviderWithoutABirthDateOnRecordMayNotServeAMinor() {
        BillingVerdict verdict = check(kansasIndividual(), provider().born(null), plan().consumerBorn(LocalDate.of(2012, 1, 1)));
        assertRefusedOnlyBy("R-ELIG-4", verdict);
        assertNotMet(finding(verdict, "R-ELIG-4"), "date of birth is not on record");
    }

    // --- R-SVC-3 units a day, group ratio, annual group hours ---

    @Test
    void rSvc3_californiaAllowsNinetySixUnitsADayCountingThoseAlreadyDelivered() {
        BillingVerdict verdict = check(california(), provider(), plan().unitsAlreadyThatDay(90).units(6));
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-SVC-3", "a day"));
    }

    @Test
    void rSvc3_ninetySevenUnitsADayAreTooMany() {
        BillingVerdict verdict = check(california(), provider(), plan().unitsAlreadyThatDay(90).units(7));
        assertRefusedOnlyBy("R-SVC-3", verdict);
        assertNotMet(finding(verdict, "R-SVC-3", "a day"), "make 97, over the limit of 96 units a day");
        assertTrue(check(california(), provider(), plan().units(96)).eligible());
        assertRefusedOnlyBy("R-SVC-3", check(california(), provider(), plan().units(97)));
    }

    @Test
    void rSvc3_aGroupOfEightIsWithinTheRatio() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(8));
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-SVC-3", "ratio"));
    }

    @Test
    void rSvc3_aGroupOfNineIsNot() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(9));
        assertRefusedOnlyBy("R-SVC-3", verdict);
        assertNotMet(finding(verdict, "R-SVC-3", "ratio"), "A group of 9 consumers exceeds the ratio of 1 staff to 8 consumers");
    }

    @Test
    void rSvc3_reachingExactlySevenHundredFiftyGroupHoursIsAllowed() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(5).groupHoursThisYear("749").units(4));
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-SVC-3", "group hours"));
    }

    @Test
    void rSvc3_exceedingSevenHundredFiftyGroupHoursByOneUnitIsNot() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(5).groupHoursThisYear("749.25").units(4));
        assertRefusedOnlyBy("R-SVC-3", verdict);
        assertNotMet(finding(verdict, "R-SVC-3", "group hours"), "make 750.25, over the limit of 750 hours");
    }

    @Test
    void rSvc3_priorAuthorizationCoversGroupHoursBeyondTheYearsLimit() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(5).groupHoursThisYear("749.25").units(4).priorAuthorized());
        assertTrue(verdict.eligible());
        Finding finding = finding(verdict, "R-SVC-3", "group hours");
        assertMet(finding);
        assertTrue(finding.message().contains("prior authorization covers it"), finding.message());
    }

    @Test
    void rSvc3_noGroupHoursYetCountsAsNone() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(5).units(8));
        assertMet(finding(verdict, "R-SVC-3", "0 group hours this year plus 2 planned (8 units) make 2,"));
    }

    // --- R-SVC-5 initial authorization ---

    @Test
    void rSvc5_idahoAuthorizesSixteenUnits() {
        BillingVerdict verdict = check(idahoPeerSupport(), provider(), plan().authorization(SERVICE_DATE.minusDays(10), 12).units(4));
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-SVC-5"));
    }

    @Test
    void rSvc5_theSeventeenthUnitNeedsClinicalReview() {
        BillingVerdict verdict = check(idahoPeerSupport(), provider(), plan().authorization(SERVICE_DATE.minusDays(10), 12).units(5));
        assertRefusedOnlyBy("R-SVC-5", verdict);
        assertNotMet(finding(verdict, "R-SVC-5"), "12 units used plus 5 planned make 17, more than its 16 units");
    }

    @Test
    void rSvc5_communityTransitionSupportAuthorizesThirtyTwoUnits() {
        assertTrue(check(idahoTransition(), provider(), plan().code("H2015").authorization(SERVICE_DATE, 28).units(4)).eligible());
        BillingVerdict verdict = check(idahoTransition(), provider(), plan().code("H2015").authorization(SERVICE_DATE, 28).units(5));
        assertRefusedOnlyBy("R-SVC-5", verdict);
        assertNotMet(finding(verdict, "R-SVC-5"), "make 33, more than its 32 units");
    }

    @Test
    void rSvc5_theTwentyNinthDayAfterTheStartIsTheLastDayOfThirty() {
        BillingVerdict verdict = check(idahoPeerSupport(), provider(), plan().authorization(SERVICE_DATE.minusDays(29), 0));
        assertTrue(verdict.eligible());
        assertMet(finding(verdict, "R-SVC-5"));
    }

    @Test
    void rSvc5_theThirtiethDayAfterTheStartIsBeyondTheInitialAuthorization() {
        BillingVerdict verdict = check(idahoPeerSupport(), provider(), plan().authorization(SERVICE_DATE.minusDays(30), 0));
        assertRefusedOnlyBy("R-SVC-5", verdict);
        assertNotMet(finding(verdict, "R-SVC-5"), "the service date May 4, 2026 is after the 30 days it covers (Apr 4, 2026 through May 3, 2026)");
    }

    @Test
    void rSvc5_anAuthorizationNotYetBegunStartsOnTheServiceDate() {
        assertMet(finding(check(idahoPeerSupport(), provider(), plan().units(16)), "R-SVC-5"));
        assertRefusedOnlyBy("R-SVC-5", check(idahoPeerSupport(), provider(), plan().units(17)));
    }

    @Test
    void rSvc5_authorizationAfterClinicalReviewCoversMore() {
        BillingVerdict verdict = check(idahoPeerSupport(), provider(), plan().authorization(SERVICE_DATE.minusDays(45), 16).units(4).priorAuthorized());
        assertTrue(verdict.eligible());
        Finding finding = finding(verdict, "R-SVC-5");
        assertMet(finding);
        assertTrue(finding.message().contains("authorized after clinical review"), finding.message());
    }

    // --- the person alone, for a roster ---

    @Test
    void personFindingsAreTheCertificateExclusionAndSupervisionOnTheDay() {
        List<Finding> findings = BillingRules.personFindings(provider().facts(), SERVICE_DATE, LIMITS);
        assertEquals(List.of("R-TRN-3", "R-BG-3", "R-SUP-1"), ruleIds(findings));
        assertEquals(List.of(Outcome.MET, Outcome.MET, Outcome.MET), findings.stream().map(Finding::outcome).toList());
    }

    @Test
    void personFindingsNameWhatStopsThePersonFromBillingThatDay() {
        Provider lapsing = provider().expiresOn(SERVICE_DATE.minusDays(1)).supervisors(true, false).lastClinicalSupervision(SERVICE_DATE.minusDays(31));
        List<Finding> findings = BillingRules.personFindings(lapsing.facts(), SERVICE_DATE, LIMITS);
        assertEquals(List.of("R-TRN-3", "R-BG-3", "R-SUP-1", "R-SUP-1"), ruleIds(findings));
        assertEquals(List.of(Outcome.NOT_MET, Outcome.MET, Outcome.NOT_MET, Outcome.NOTE), findings.stream().map(Finding::outcome).toList());
        assertNotMet(findings.get(0), "before the day checked May 4, 2026");
        assertEquals(Outcome.MET, BillingRules.personFindings(lapsing.facts(), SERVICE_DATE.minusDays(1), LIMITS).get(0).outcome());
    }

    // --- R-SVC-4 expected reimbursement ---

    @Test
    void rSvc4_fourKansasIndividualUnitsAreWorthFortySevenDollars() {
        BillingVerdict verdict = check(kansasIndividual(), provider(), plan().units(4));
        assertEquals(new BigDecimal("47.00"), verdict.expectedReimbursement());
        Finding note = finding(verdict, "R-SVC-4");
        assertEquals(Outcome.NOTE, note.outcome());
        assertEquals("Expected reimbursement: $47.00 (4 units at $11.75).", note.message());
    }

    @Test
    void rSvc4_fourKansasGroupUnitsAreWorthSeventeenDollarsFortyEight() {
        BillingVerdict verdict = check(kansasGroup(), provider(), plan().group(8).units(4));
        assertEquals(new BigDecimal("17.48"), verdict.expectedReimbursement());
        assertEquals("Expected reimbursement: $17.48 (4 units at $4.37).", finding(verdict, "R-SVC-4").message());
    }

    @Test
    void rSvc4_theReimbursementIsComputedEvenWhenTheAnswerIsNoButNotPromised() {
        BillingVerdict verdict = check(kansasIndividual(), provider().excluded(), plan().units(1));
        assertFalse(verdict.eligible());
        assertEquals(new BigDecimal("11.75"), verdict.expectedReimbursement(), "the API still says what the claim is worth");
        assertEquals("The claim would be worth $11.75 (1 unit at $11.75), but it may not be billed: see what is not met above.",
                finding(verdict, "R-SVC-4").message(), "#30.7: the page does not promise a payment the answer refuses");
    }

    @Test
    void rSvc4_aRowWithoutARateHasNoReimbursementNote() {
        BillingVerdict verdict = check(california(), provider(), plan());
        assertNull(verdict.expectedReimbursement());
        assertEquals(List.of(), findingsOf(verdict, "R-SVC-4"));
    }
}
