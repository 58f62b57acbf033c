package org.peercert.certificate;

import java.time.LocalDate;

/**
 * What the public may know of a certificate (/verify and the verification API): never the date of birth,
 * address, email, documents or the staff's reasons.
 */
public record PublicCertificate(String number, String holderName, String track, String trackLabel, CertificateStatus status,
                                LocalDate issuedOn, LocalDate expiresOn, LocalDate suspendedUntil, String publicNote) {

    /** @param trackTitle the track as the state names it (#28) */
    static PublicCertificate of(Certificate c, String trackTitle) {
        return new PublicCertificate(c.getNumber(), c.getHolderName(), c.getTrack().name(), trackTitle, c.getStatus(),
                c.getIssuedOn(), c.getExpiresOn(), c.getSuspendedUntil(), c.getPublicNote());
    }

    public boolean isValid() {
        return status == CertificateStatus.ACTIVE;
    }
}
