package org.peercert.supervision;

import java.time.LocalDate;

/**
 * R-SUP-1 for one peer specialist at one agency: who supervises them in each role (null when nobody has accepted),
 * whether each is in place (accepted, and the supervisor's qualification current), and the last clinical session.
 */
public record SupervisionStanding(String peerSupervisor, boolean peerInPlace, String clinicalSupervisor, boolean clinicalInPlace,
        LocalDate lastClinicalSession) {

    public static final SupervisionStanding NONE = new SupervisionStanding(null, false, null, false, null);

    /** No clinical supervision logged within the interval before the day (R-SUP-1, "regularly scheduled"). */
    public boolean clinicalOverdueOn(LocalDate day, int intervalDays) {
        return lastClinicalSession == null || lastClinicalSession.isBefore(day.minusDays(intervalDays));
    }
}
