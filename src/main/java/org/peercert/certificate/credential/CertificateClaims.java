package org.peercert.certificate.credential;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a certificate's verifiable credential says (R-TRN-3): the certificate, its holder by name only (never date of
 * birth, address or contact details), its track and dates, and where its standing is published.
 *
 * @param certificateNumber as printed on the certificate, e.g. {@code PS-CPS-2026-000123}
 * @param holderName        the holder's name as printed on the certificate
 * @param trackCode         {@code CPS} or {@code PPS}
 * @param trackLabel        e.g. {@code Certified Peer Specialist}
 * @param trainingHours     the length of the basic training the holder completed (R-TRN-1; the configured
 *                          curriculum length, 40 hours by default)
 * @param standing          the certificate's two-bit {@link Standing} in a status list of purpose {@code message}
 */
public record CertificateClaims(String certificateNumber, String holderName, String trackCode, String trackLabel, int trainingHours,
                                LocalDate issuedOn, LocalDate expiresOn, StatusEntry standing) {

    private static final Set<String> TRACK_CODES = Set.of("CPS", "PPS");

    public CertificateClaims {
        requireText(certificateNumber, "certificate number");
        requireText(holderName, "holder name");
        requireText(trackLabel, "track label");
        if (!TRACK_CODES.contains(trackCode)) {
            throw new IllegalArgumentException("The track code is CPS or PPS, not " + trackCode + ".");
        }
        if (trainingHours <= 0) {
            throw new IllegalArgumentException("The training hours are positive, not " + trainingHours + ".");
        }
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("The certificate expires (" + expiresOn + ") before it is issued (" + issuedOn + ").");
        }
        Objects.requireNonNull(standing, "standing");
    }

    /**
     * A certificate's place in a Bitstring Status List.
     *
     * @param statusListCredential the URL where the portal serves the signed status list credential
     * @param statusListIndex      the certificate's entry in that list
     */
    public record StatusEntry(String statusListCredential, int statusListIndex) {

        public StatusEntry {
            requireText(statusListCredential, "status list credential URL");
            if (statusListIndex < 0 || statusListIndex >= StatusList.MAXIMUM_SIZE) {
                throw new IllegalArgumentException("The status list index is between 0 and " + (StatusList.MAXIMUM_SIZE - 1)
                        + ", not " + statusListIndex + ".");
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing.");
        }
    }
}
