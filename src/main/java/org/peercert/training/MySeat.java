package org.peercert.training;

/**
 * One of the applicant's requests, seats or waiting-list places, with what it means for them now.
 *
 * @param completed the applicant attended every module of the basic training (in this cohort or before)
 */
public record MySeat(Cohort cohort, EnrolmentStatus status, boolean completed) {

    public String statusText() {
        return switch (status) {
            case REQUESTED -> "Asked; waiting for the trainer";
            case DECLINED -> "Declined by the trainer";
            case ENROLLED -> seatText();
            case WAITLISTED -> "On the waiting list";
            case WITHDRAWN -> "Left or cancelled";
        };
    }

    private String seatText() {
        if (cohort.getResultsConfirmedAt() == null) {
            return "You have a seat";
        }
        return completed ? "Finished: your trainer confirmed you completed the basic training. Next: the written test (see Written test)."
                : "Finished: your trainer confirmed the results, and some modules are still to attend (see My certification).";
    }
}
