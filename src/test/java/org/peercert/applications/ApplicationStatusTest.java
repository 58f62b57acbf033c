package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void draftIsSubmittedThenReviewedThenDecided() {
        assertTrue(ApplicationStatus.DRAFT.canBecome(ApplicationStatus.SUBMITTED));
        assertTrue(ApplicationStatus.SUBMITTED.canBecome(ApplicationStatus.IN_REVIEW));
        assertTrue(ApplicationStatus.IN_REVIEW.canBecome(ApplicationStatus.ELIGIBLE));
        assertTrue(ApplicationStatus.IN_REVIEW.canBecome(ApplicationStatus.DEFICIENT));
        assertTrue(ApplicationStatus.IN_REVIEW.canBecome(ApplicationStatus.DENIED));
    }

    @Test
    void deficientApplicationIsResubmitted() {
        assertTrue(ApplicationStatus.DEFICIENT.canBecome(ApplicationStatus.SUBMITTED));
        assertTrue(ApplicationStatus.DEFICIENT.editableByApplicant());
    }

    @Test
    void noDecisionWithoutReview() {
        assertFalse(ApplicationStatus.SUBMITTED.canBecome(ApplicationStatus.ELIGIBLE));
        assertFalse(ApplicationStatus.DRAFT.canBecome(ApplicationStatus.ELIGIBLE));
    }

    @Test
    void deniedWithdrawnAndEligibleAreFinalAndNotEditable() {
        for (ApplicationStatus closed : new ApplicationStatus[]{ApplicationStatus.DENIED, ApplicationStatus.WITHDRAWN, ApplicationStatus.ELIGIBLE}) {
            assertTrue(closed.closed());
            assertFalse(closed.editableByApplicant());
            for (ApplicationStatus next : ApplicationStatus.values()) {
                assertFalse(closed.canBecome(next), closed + " -> " + next);
            }
        }
    }

    @Test
    void submittedApplicationIsNotEditableByTheApplicant() {
        assertFalse(ApplicationStatus.SUBMITTED.editableByApplicant());
        assertFalse(ApplicationStatus.IN_REVIEW.editableByApplicant());
    }
}
