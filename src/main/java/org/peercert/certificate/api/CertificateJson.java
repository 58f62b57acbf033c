package org.peercert.certificate.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercert.certificate.PublicCertificate;

/** The public fields of a certificate as the API gives them; never date of birth, address, email or documents. */
@Schema(name = "Certificate", requiredProperties = {"number", "holderName", "track", "trackLabel", "status", "valid", "issuedOn", "expiresOn",
        "verificationUrl"})
public record CertificateJson(
        @Schema(example = "PS-CPS-2026-000123") String number,
        @Schema(example = "Jordan Rivera") String holderName,
        @Schema(enumeration = {"CPS", "PPS"}) String track,
        @Schema(example = "Certified Peer Specialist") String trackLabel,
        @Schema(enumeration = {"ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED", "INACTIVE"}) String status,
        @Schema(description = "True only while the certificate is ACTIVE") boolean valid,
        @Schema(format = "date", example = "2026-12-01") LocalDate issuedOn,
        @Schema(format = "date", example = "2027-12-01") LocalDate expiresOn,
        @Schema(format = "date", example = "2027-01-15", description = "Set while a suspension with an end date lasts") LocalDate suspendedUntil,
        @Schema(description = "A note the certification office made public, e.g. on revocation") String publicNote,
        @Schema(description = "The public verification page") String verificationUrl,
        @Schema(description = "Only for agency callers who sent ?dob=: whether it is the holder's date of birth (never the date itself)")
        Boolean dateOfBirthMatches) {

    /** One number of a batch lookup: found with its certificate, or not found. */
    @Schema(name = "CertificateLookup", requiredProperties = {"number", "found"})
    public record Lookup(@Schema(example = "PS-CPS-2026-000123") String number, boolean found,
                         @Schema(description = "The certificate, when found") CertificateJson certificate) {
    }

    /** The answer to a batch lookup, in the order asked. */
    @Schema(name = "CertificateLookups", requiredProperties = "results")
    public record Lookups(java.util.List<Lookup> results) {
    }

    /** The question of a batch lookup. */
    @Schema(name = "CertificateLookupQuestion", requiredProperties = "numbers", additionalProperties = Schema.False.class)
    public record Question(@Schema(description = "Certificate numbers, at most a configured number at once (default 100)", minItems = 1)
                           java.util.List<String> numbers) {
    }

    static CertificateJson of(PublicCertificate c, String verificationUrl, Boolean dateOfBirthMatches) {
        return new CertificateJson(c.number(), c.holderName(), c.track(), c.trackLabel(), c.status().name(), c.isValid(), c.issuedOn(),
                c.expiresOn(), c.suspendedUntil(), c.publicNote(), verificationUrl, dateOfBirthMatches);
    }
}
