package org.peercert.certificate.credential;

/**
 * What the verify page says about a presented credential.
 *
 * @param outcome           the answer
 * @param message           the answer in a sentence for the person who presented the credential
 * @param certificateNumber the certificate's number, when the credential's signature is valid and it names one; else null
 * @param holderName        the holder's name, when the credential's signature is valid and it names one; else null
 */
public record Verdict(Outcome outcome, String message, String certificateNumber, String holderName) {

    public enum Outcome {
        /** Signed by the portal, within its dates, neither revoked nor suspended. */
        VALID,
        /** Not a compact JWS, not JSON, not a certificate credential, or a required field is missing. */
        MALFORMED,
        /** Altered, unsigned, signed with another algorithm than ES256, or signed with another key. */
        BAD_SIGNATURE,
        /** Signed, but its validFrom is still to come. */
        NOT_YET_VALID,
        /** Signed, but past its validUntil. */
        EXPIRED,
        /** Signed and within its dates, but its bit in the suspension list is set. */
        SUSPENDED,
        /** Signed and within its dates, but its bit in the revocation list is set. */
        REVOKED,
        /** Signed and within its dates, but a status list could not be fetched, was not signed by the portal, or was unreadable. */
        STATUS_UNAVAILABLE
    }

    /** Whether the certificate is current: the only outcome a verifier may rely on. */
    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    /** Whether the portal's signature on the credential itself checked out, whatever its dates and status. */
    public boolean isSignatureValid() {
        return outcome != Outcome.MALFORMED && outcome != Outcome.BAD_SIGNATURE;
    }

    static Verdict of(Outcome outcome, String detail, String certificateNumber, String holderName) {
        return new Verdict(outcome, message(outcome, detail, certificateNumber), certificateNumber, holderName);
    }

    private static String message(Outcome outcome, String detail, String certificateNumber) {
        String certificate = certificateNumber == null ? "the certificate" : "the certificate " + certificateNumber;
        return switch (outcome) {
            case VALID -> "The signature is valid and " + certificate + " is current.";
            case MALFORMED -> "This is not a certificate credential the portal can read: " + detail + ".";
            case BAD_SIGNATURE -> detail;
            case NOT_YET_VALID -> "The signature is valid, but " + certificate + " is not valid before " + detail + ".";
            case EXPIRED -> "The signature is valid, but " + certificate + " expired on " + detail + ".";
            case SUSPENDED -> "The signature is valid, but " + certificate + " is suspended.";
            case REVOKED -> "The signature is valid, but " + certificate + " has been revoked.";
            case STATUS_UNAVAILABLE -> "The signature is valid, but the current status of " + certificate + " could not be checked: "
                    + detail + ".";
        };
    }
}
