package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void onlySubmittedAndInReviewWaitForStaff() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean waiting = status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.IN_REVIEW;
            assertEquals(waiting, status.awaitingStaff(), status.name());
        }
    }

    @Test
    void aDraftIsTheApplicantsToChangeAndAnOpenApplicationIsNotClosed() {
        assertTrue(ApplicationStatus.DRAFT.editableByApplicant());
        assertFalse(ApplicationStatus.IN_REVIEW.editableByApplicant());
        for (ApplicationStatus open : new ApplicationStatus[] {ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                ApplicationStatus.DEFICIENT}) {
            assertFalse(open.closed(), open.name());
            assertTrue(open.canBecome(ApplicationStatus.WITHDRAWN), open + " can still be withdrawn");
        }
    }
}
