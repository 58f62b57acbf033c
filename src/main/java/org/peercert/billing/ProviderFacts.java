package org.peercert.billing;

import java.time.LocalDate;
import org.peercert.applications.Track;
import org.peercert.certificate.CertificateStatus;

/**
 * What the portal knows about the rendering peer specialist when an agency asks whether they may bill, as of the day asked
 * about (the date of service, or today for a roster).
 *
 * @param certificateStatus the certificate's status on the day asked about (its history, not only today's status)
 * @param suspension the suspension in force today, when the certificate was suspended on the day asked about and still is;
 *                   otherwise null
 * @param certificateIssuedOn the day the certificate was issued: no service before it counts (R-TRN-3)
 * @param excluded a confirmed match on the federal exclusion list (R-BG-3)
 * @param peerSupervisorInPlace an accepted assignment to a verified Peer Support Supervisor (R-SUP-1)
 * @param clinicalSupervisorInPlace an accepted assignment to a verified QMHP or LMHP whose license is current (R-SUP-1)
 * @param lastClinicalSupervision the last clinical supervision session logged, or null
 */
public record ProviderFacts(LocalDate dateOfBirth, CertificateStatus certificateStatus, Suspension suspension, Track track, LocalDate certificateIssuedOn,
        LocalDate certificateExpiresOn, boolean excluded, boolean peerSupervisorInPlace, boolean clinicalSupervisorInPlace, LocalDate lastClinicalSupervision) {

    /** A suspension in force, with its end or {@code until} null when staff set none. */
    public record Suspension(LocalDate until) {
    }
}
