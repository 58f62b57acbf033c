package org.peercert.training;

/** A cohort an applicant may ask a seat in, with its trainer's name and the seats already taken. */
public record OpenCohort(Cohort cohort, String trainerName, long seatsTaken) {

    public long seatsLeft() {
        return Math.max(0, cohort.getCapacity() - seatsTaken);
    }
}
