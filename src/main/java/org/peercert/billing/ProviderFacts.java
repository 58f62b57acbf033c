package org.peercert.billing;

import java.time.LocalDate;
import org.peercert.applications.Track;
import org.peercert.certificate.CertificateStatus;

/**
 * What the portal knows about the rendering peer specialist when an agency asks whether they may bill.
 *
 * @param excluded a confirmed match on the federal exclusion list (R-BG-3)
 * @param peerSupervisorInPlace an accepted assignment to a verified Peer Support Supervisor (R-SUP-1)
 * @param clinicalSupervisorInPlace an accepted assignment to a verified QMHP or LMHP whose license is current (R-SUP-1)
 * @param lastClinicalSupervision the last clinical supervision session logged, or null
 */
public record ProviderFacts(LocalDate dateOfBirth, CertificateStatus certificateStatus, Track track, LocalDate certificateExpiresOn,
        boolean excluded, boolean peerSupervisorInPlace, boolean clinicalSupervisorInPlace, LocalDate lastClinicalSupervision) {
}
