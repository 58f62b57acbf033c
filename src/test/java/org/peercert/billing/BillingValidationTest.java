package org.peercert.billing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peercert.billing.BillingFixtures.SERVICE_DATE;
import static org.peercert.billing.BillingFixtures.TODAY;
import static org.peercert.billing.BillingFixtures.kansasGroup;
import static org.peercert.billing.BillingFixtures.kansasIndividual;
import static org.peercert.billing.BillingFixtures.kansasParentPeerSupport;
import static org.peercert.billing.BillingFixtures.plan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peercert.billing.BillingFixtures.Plan;

/** The questions a billing check refuses to answer, each with its message key. */
class BillingValidationTest {

    private static String refusal(Plan plan, ServiceTerms terms) {
        return assertThrows(BillingProblem.class, () -> BillingRules.validate(plan.build(), terms, TODAY)).messageKey();
    }

    private static void assertAccepted(Plan plan, ServiceTerms terms) {
        assertDoesNotThrow(() -> BillingRules.validate(plan.build(), terms, TODAY));
    }

    @Test
    void aCompletePlanIsAccepted() {
        assertAccepted(plan(), kansasIndividual());
        assertAccepted(plan().groupSize(1), kansasIndividual());
        assertAccepted(plan().group(8).groupHoursThisYear("0"), kansasGroup());
        assertAccepted(plan().parentBorn(LocalDate.of(1990, 1, 1)), kansasParentPeerSupport());
        assertAccepted(plan().authorization(SERVICE_DATE, 0), kansasIndividual());
    }

    @Test
    void theServiceDateIsRequired() {
        assertEquals("billing.serviceDate", refusal(plan().serviceDate(null), kansasIndividual()));
    }

    @Test
    void theConsumersBirthIsRequiredNotInTheFutureAndNotAfterTheService() {
        assertEquals("billing.consumerDob", refusal(plan().consumerBorn(null), kansasIndividual()));
        assertEquals("billing.consumerDob", refusal(plan().consumerBorn(TODAY.plusDays(1)), kansasIndividual()));
        assertEquals("billing.consumerDob", refusal(plan().serviceDate(TODAY.minusDays(5)).consumerBorn(TODAY.minusDays(4)), kansasIndividual()));
        assertAccepted(plan().serviceDate(TODAY.minusDays(5)).consumerBorn(TODAY.minusDays(5)), kansasIndividual());
    }

    @Test
    void parentPeerSupportNeedsAPlausibleParentBirth() {
        assertEquals("billing.parentDob", refusal(plan(), kansasParentPeerSupport()));
        assertEquals("billing.parentDob", refusal(plan().parentBorn(TODAY.plusDays(1)), kansasParentPeerSupport()));
        assertEquals("billing.parentDob",
                refusal(plan().serviceDate(TODAY.minusDays(5)).parentBorn(TODAY.minusDays(4)), kansasParentPeerSupport()));
    }

    @Test
    void unitsArePositiveAndCountsNotNegative() {
        assertEquals("billing.units", refusal(plan().units(0), kansasIndividual()));
        assertEquals("billing.units", refusal(plan().unitsAlreadyThatDay(-1), kansasIndividual()));
        assertEquals("billing.units", refusal(plan().authorization(null, -1), kansasIndividual()));
    }

    @Test
    void aGroupServiceNeedsAGroupAndAnIndividualServiceIsForOne() {
        assertEquals("billing.groupSize", refusal(plan().group(null), kansasGroup()));
        assertEquals("billing.groupSize", refusal(plan().group(0), kansasGroup()));
        assertEquals("billing.groupSize", refusal(plan().groupSize(2), kansasIndividual()));
    }

    @Test
    void groupHoursAreNotNegative() {
        assertEquals("billing.groupHours", refusal(plan().group(4).groupHoursThisYear("-0.25"), kansasGroup()));
    }

    @Test
    void theAuthorizationCannotStartAfterTheService() {
        assertEquals("billing.authorizationStart", refusal(plan().authorization(SERVICE_DATE.plusDays(1), 0), kansasIndividual()));
    }
}
