package org.peercert.certificate;

import java.time.LocalDate;

/**
 * What the public may know of a certificate (/verify and the verification API): never the date of birth,
 * address, email, documents or the staff's reasons.
 */
public record PublicCertificate(String number, String holderName, String track, String trackLabel, CertificateStatus status,
                                LocalDate issuedOn, LocalDate expiresOn, LocalDate suspendedUntil, String publicNote) {

    static PublicCertificate of(Certificate c) {
        return new PublicCertificate(c.getNumber(), c.getHolderName(), c.getTrack().name(), c.getTrack().label(), c.getStatus(),
                c.getIssuedOn(), c.getExpiresOn(), c.getSuspendedUntil(), c.getPublicNote());
    }

    public boolean isValid() {
        return status == CertificateStatus.ACTIVE;
    }
}
