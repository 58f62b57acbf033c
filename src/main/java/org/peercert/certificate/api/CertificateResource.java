package org.peercert.certificate.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.account.Role;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificatePolicy;
import org.peercert.certificate.CertificateProblem;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.PublicCertificate;
import org.peercert.certificate.PublicLookupThrottle;
import org.peercert.certificate.RateLimits;
import org.peercert.certificate.SearchThrottle;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.api.OpenToOtherSites;
import org.peercert.platform.api.Problem;
import org.peercert.platform.api.Problem.FieldError;
import org.peercert.platform.api.StrictJson;

/** GET /api/v1/certificates/{number}: public verification of one certificate (R-TRN-3), throttled per client address. */
@Path("v1/certificates")
@RequestScoped
@Tag(name = "Certificates", description = "Public verification of peer support certificates")
public class CertificateResource {

    /** The batch lookup, which counts each of its numbers against the agency's budget itself. */
    public static final String BATCH_PATH = "/api/v1/certificates/lookups";

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Inject
    CertificateRecords certificates;

    @Inject
    PortalUrls urls;

    @Inject
    AgencyKeyCallers agencyKeys;

    @Inject
    PublicLookupThrottle throttle;

    @Inject
    CertificatePolicy policy;

    @Context
    SecurityContext security;

    @GET
    @Path("{number}")
    @OpenToOtherSites
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate", description = "The public fields of the certificate with this number. "
            + "Open to anyone; at most a configured number of lookups a minute per client address (default 60).")
    @APIResponse(responseCode = "200", description = "The certificate", headers = {@Header(ref = "RateLimit-Policy"), @Header(ref = "RateLimit")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateJson.class)))
    @APIResponse(responseCode = "400", description = "Not a certificate number, or a malformed date of birth",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A date-of-birth match was asked by a caller who is not an agency (neither an "
            + "agency administrator's session nor an agency API key)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this address (or, with an agency key, by this agency)",
            headers = {@Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                @Header(ref = "RateLimit-Policy"), @Header(ref = "RateLimit")},
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lookUp(
            @Parameter(description = "The certificate number, e.g. PS-CPS-2026-000123") @PathParam("number") String typed,
            @Parameter(description = "Agencies only, signed in or with the agency's API key (Authorization: Bearer pck_…): a date of "
                    + "birth (YYYY-MM-DD) to match against the holder's; at most a configured number a day per agency and certificate "
                    + "(default 5)", schema = @Schema(type = SchemaType.STRING, format = "date", example = "1990-04-17"))
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

    @POST
    @Path("lookups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @SecurityRequirement(name = "agencyKey")
    @Operation(operationId = "lookUpCertificates", summary = "Verify many certificates at once", description = "For an agency's "
            + "roster: the public fields of each certificate asked, in the order asked. Agencies only, with their API key; each number "
            + "counts against the agency's lookups a minute (default 600), never against a client address.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CertificateJson.Question.class)))
    @APIResponse(responseCode = "200", description = "Each number, found or not", headers = {@Header(ref = "RateLimit-Policy"),
        @Header(ref = "RateLimit")}, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CertificateJson.Lookups.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: not a list of numbers, too many, or a number that is not one "
            + "(each in errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The agency's lookups for this minute are used up",
            headers = {@Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                @Header(ref = "RateLimit-Policy"), @Header(ref = "RateLimit")},
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lookUpMany(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonValue body) {
        Optional<String> agency = agencyKeys.callerOf(authorization);
        if (agency.isEmpty()) {
            return Response.fromResponse(Problem.response(401, "api-key-required", "An agency API key is required",
                    "Send Authorization: Bearer pck_… with a key made on your agency's home page.")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            return Problem.invalid(List.of(FieldError.at("", "Send {\"numbers\": [...]}.")));
        }
        StrictJson json = new StrictJson(body.asJsonObject(), Set.of("numbers"));
        List<String> typed = json.texts("numbers");
        List<FieldError> errors = new ArrayList<>(json.errors());
        if (typed == null && errors.isEmpty()) {
            errors.add(FieldError.at("/numbers", "Give the certificate numbers as a list."));
        }
        List<String> numbers = typed == null ? List.of() : numbers(typed, errors);
        if (!errors.isEmpty()) {
            return Problem.invalid(errors);
        }
        SearchThrottle.Budget budget = throttle.takeForAgency(agency.get(), numbers.size());
        if (!budget.allows()) {
            Response.ResponseBuilder tooMany = Response.fromResponse(Problem.response(429, "too-many-lookups", "Too many lookups",
                    "Your agency's lookups for this minute are used up. Try again in " + budget.waitSeconds() + " seconds."));
            RateLimits.headers(tooMany::header, budget);
            return tooMany.build();
        }
        List<CertificateJson.Lookup> results = numbers.stream().map(number -> certificates.lookUp(number)
                .map(found -> new CertificateJson.Lookup(number, true, CertificateJson.of(found, urls.absolute("/verify/" + number), null)))
                .orElseGet(() -> new CertificateJson.Lookup(number, false, null))).toList();
        Response.ResponseBuilder ok = Response.ok(JSON.toJson(new CertificateJson.Lookups(results)), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store");
        RateLimits.headers(ok::header, budget);
        return ok.build();
    }

    /** The numbers normalized; each that is not one, or one too many, is an error at its place in the list. */
    private List<String> numbers(List<String> typed, List<FieldError> errors) {
        if (typed.isEmpty() || typed.size() > policy.batchMax()) {
            errors.add(FieldError.at("/numbers", "Give from 1 to " + policy.batchMax() + " certificate numbers."));
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Optional<String> number = CertificateNumbering.normalize(typed.get(i));
            if (number.isPresent()) {
                numbers.add(number.get());
            } else {
                errors.add(FieldError.at("/numbers/" + i, "Not a certificate number, e.g. PS-CPS-2026-000123."));
            }
        }
        return numbers;
    }

    /** Written with JSON-B here, not left to the server's default provider, so dates are ISO strings and absent fields are left out. */
    private Response ok(PublicCertificate c, Boolean birthDateMatches) {
        String json = JSON.toJson(CertificateJson.of(c, urls.absolute("/verify/" + c.number()), birthDateMatches));
        return Response.ok(json, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }
}
