package org.peercert.training;

/** A cohort as one applicant stands in it: asked, declined, seated, waiting or left. */
public record MySeat(Cohort cohort, EnrolmentStatus status) {

    public String statusText() {
        return switch (status) {
            case REQUESTED -> "Asked; waiting for the trainer";
            case DECLINED -> "Declined by the trainer";
            case ENROLLED -> "You have a seat";
            case WAITLISTED -> "On the waiting list";
            case WITHDRAWN -> "Left or cancelled";
        };
    }
}
