package org.peercert.certificate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * R-TRN-3: what the written certification prints, read from current data each time a document is made.
 *
 * @param status     ACTIVE, SUSPENDED, REVOKED, EXPIRED, INACTIVE: anything but ACTIVE is printed as not valid
 * @param statusNote printed under the status when not null, e.g. "Suspended until Jan 31, 2027"
 * @param verifyUrl  the public verification page the QR code opens
 */
public record CertificateCard(String number, String trackLabel, String holderName, LocalDate issuedOn,
                              LocalDate expiresOn, String status, String statusNote, String verifyUrl) {

    public CertificateCard {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(trackLabel, "trackLabel");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
        status = Objects.requireNonNull(status, "status").strip().toUpperCase(Locale.ROOT);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** The warning printed across a certificate that is not active, e.g. "SUSPENDED – NOT VALID FOR PRACTICE". */
    public String notValidWarning() {
        return status + " \u2013 NOT VALID FOR PRACTICE";
    }
}
