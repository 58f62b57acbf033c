package org.peercert.certificate.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.account.Role;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificateProblem;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.PublicCertificate;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.api.OpenToOtherSites;
import org.peercert.platform.api.Problem;

/** GET /api/v1/certificates/{number}: public verification of one certificate (R-TRN-3), throttled per client address. */
@Path("v1/certificates")
@RequestScoped
@Tag(name = "Certificates", description = "Public verification of peer support certificates")
public class CertificateResource {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Inject
    CertificateRecords certificates;

    @Inject
    PortalUrls urls;

    @Inject
    AgencyKeyCallers agencyKeys;

    @Context
    SecurityContext security;

    @GET
    @Path("{number}")
    @OpenToOtherSites
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate", description = "The public fields of the certificate with this number. "
            + "Open to anyone; at most a configured number of lookups a minute per client address (default 60).")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateJson.class)))
    @APIResponse(responseCode = "400", description = "Not a certificate number, or a malformed date of birth",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A date-of-birth match was asked by a caller who is not an agency (neither an "
            + "agency administrator's session nor an agency API key)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lookUp(
            @Parameter(description = "The certificate number, e.g. PS-CPS-2026-000123") @PathParam("number") String typed,
            @Parameter(description = "Agencies only, signed in or with the agency's API key (Authorization: Bearer pck_…): a date of "
                    + "birth (YYYY-MM-DD) to match against the holder's; at most a configured number a day per agency and certificate "
                    + "(default 5)")
            @QueryParam("dob") String dob, @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<String> number = CertificateNumbering.normalize(typed);
        if (number.isEmpty()) {
            return Problem.response(400, "malformed-certificate-number", "Not a certificate number",
                    "Certificate numbers are letters, digits and hyphens, at most 40 characters, e.g. PS-CPS-2026-000123.");
        }
        Optional<PublicCertificate> found = certificates.lookUp(number.get());
        if (found.isEmpty()) {
            return Problem.response(404, "certificate-not-found", "No such certificate", "No certificate has the number " + number.get() + ".");
        }
        if (dob == null || dob.isBlank()) {
            return ok(found.get(), null);
        }
        Optional<String> agencyCaller = security.isUserInRole(Role.AGENCY_ADMIN.name())
                ? Optional.of(security.getUserPrincipal().getName()) : agencyKeys.callerOf(authorization);
        if (agencyCaller.isEmpty()) {
            return Problem.response(403, "birth-date-match-for-agencies", "Date-of-birth matching is for agencies",
                    "Sign in as an agency administrator, or send the agency's API key (Authorization: Bearer pck_…), to match a date of birth.");
        }
        LocalDate dateOfBirth;
        try {
            dateOfBirth = LocalDate.parse(dob.trim());
        } catch (DateTimeParseException e) {
            return Problem.response(400, "malformed-date-of-birth", "Not a date", "Give the date of birth as YYYY-MM-DD.");
        }
        try {
            return ok(found.get(), certificates.birthDateMatches(number.get(), dateOfBirth, agencyCaller.get()));
        } catch (CertificateProblem tooMany) {
            return Problem.response(429, "too-many-birth-date-checks", "Too many date-of-birth checks",
                    "This certificate's date of birth has been checked too often today; try again tomorrow.");
        }
    }

    /** Written with JSON-B here, not left to the server's default provider, so dates are ISO strings and absent fields are left out. */
    private Response ok(PublicCertificate c, Boolean birthDateMatches) {
        String json = JSON.toJson(CertificateJson.of(c, urls.absolute("/verify/" + c.number()), birthDateMatches));
        return Response.ok(json, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }
}
