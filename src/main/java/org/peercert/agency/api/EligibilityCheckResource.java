package org.peercert.agency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.agency.ApiKeys;
import org.peercert.agency.check.EligibilityService;
import org.peercert.platform.Paging;
import org.peercert.platform.api.NotYoursAs;
import org.peercert.platform.api.MalformedRequests;
import org.peercert.platform.api.Problem;
import org.peercert.platform.api.RefusedAs;

/** POST and GET /api/v1/eligibility-checks: the billing-eligibility check for agencies' own systems, by API key. */
@Path("v1/eligibility-checks")
@RequestScoped
@Tag(name = "Eligibility checks", description = "May this peer specialist deliver and bill this service? (R-SVC-1..6, R-ELIG-4, R-SUP-1)")
@SecurityScheme(securitySchemeName = "agencyKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An agency API key (pck_…), made by an agency administrator on the agency's home page")
@SecurityRequirement(name = "agencyKey")
@AgencyKey
@RefusedAs(kind = "check-refused", title = "The check cannot be made")
@NotYoursAs(kind = "not-on-roster", title = "Not on your roster",
        detail = "Add the person to your agency's roster (certificate number, last name and date of birth) before checking them.")
public class EligibilityCheckResource {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    private static final int MAX_PAGE = 200;

    @Inject
    AgencyCaller caller;

    @Inject
    EligibilityService checks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Check billing eligibility", description = "Answers yes or no with every reason, and records the check. "
            + "The person must be on the agency's roster.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EligibilityCheckJson.Question.class)))
    @APIResponse(responseCode = "201", description = "The answer, as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityCheckJson.Answer.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or an input the rules refuse (unknown code or modifier combination, "
            + "a date of birth in the future…)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The person is not on this agency's roster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(EligibilityCheckJson.Question question) {
        if (question == null) {
            return MalformedRequests.response();
        }
        ApiKeys.Caller agency = caller.get();
        var answer = checks.check(agency.agency(), "api:" + agency.keyPrefix(), question.request());
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(JSON.toJson(EligibilityCheckJson.Answer.of(answer))).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "List the agency's checks", description = "Newest first, from a day on if given.")
    @APIResponse(responseCode = "200", description = "The checks: {total, checks:[…]}", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "From this day on (YYYY-MM-DD, UTC)") @QueryParam("since") String since,
            @Parameter(description = "Rows to skip") @QueryParam("offset") Integer offset,
            @Parameter(description = "Rows to return, at most 200") @QueryParam("limit") Integer limit) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? null : LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return Problem.response(400, "malformed-date", "Not a date", "Give since as YYYY-MM-DD.");
        }
        int first = offset == null ? 0 : Math.max(0, offset);
        int size = limit == null ? 50 : Math.max(1, Math.min(MAX_PAGE, limit));
        Paging<org.peercert.agency.check.EligibilityCheck> page = checks.checksOf(caller.get().agency().getId(), from, first, size);
        String json = JSON.toJson(Map.of("total", page.total(), "checks", page.rows().stream().map(EligibilityCheckJson.Recorded::of).toList()));
        return Response.ok(json, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }
}
