package org.peercert.agency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.agency.ApiKeys;
import org.peercert.agency.check.CheckAnswer;
import org.peercert.agency.check.EligibilityService;
import org.peercert.agency.check.IdempotencyKeyReused;
import org.peercert.platform.Paging;
import org.peercert.platform.api.NotYoursAs;
import org.peercert.platform.api.Problem;
import org.peercert.platform.api.Problem.FieldError;
import org.peercert.platform.api.StrictJson;
import org.peercert.platform.api.RefusedAs;

/**
 * POST and GET /api/v1/eligibility-checks, GET /api/v1/eligibility-checks/{id}: the billing-eligibility check for
 * agencies' own systems, by API key. The question is read field by field (#32): nothing a caller misspells is answered as
 * if it had not been sent.
 */
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
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    @Inject
    AgencyCaller caller;

    @Inject
    EligibilityService checks;

    @Context
    UriInfo uris;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "checkEligibility", summary = "Check billing eligibility", description = "Answers yes or no with every "
            + "reason, and records the check. The person must be on the agency's roster. A field the question does not have is refused, "
            + "never ignored; every wrong field is named at once. Send an Idempotency-Key to retry safely.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EligibilityCheckJson.Question.class), examples = {
                @ExampleObject(name = "individual", summary = "One hour of individual peer support", value = Examples.QUESTION),
                @ExampleObject(name = "group", summary = "A group session for six", value = Examples.GROUP_QUESTION)}))
    @APIResponse(responseCode = "201", description = "The answer, as recorded (or, for a retried Idempotency-Key, as first recorded)",
            headers = {@Header(name = "Location", description = "The check's own address", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Idempotent-Replayed", description = "true when this is the first answer to a retried request",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityCheckJson.Answer.class),
                    examples = {@ExampleObject(name = "eligible", summary = "Yes, with every reason", value = Examples.ELIGIBLE),
                        @ExampleObject(name = "notEligible", summary = "No: the person has no clinical supervisor", value = Examples.NOT_ELIGIBLE)}))
    @APIResponse(responseCode = "400", description = "Invalid fields (type invalid-request, each in errors), or an input the rules refuse "
            + "(type check-refused: an unknown code or modifier combination, a date of birth in the future…)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalidFields", summary = "A misspelt field and a wrong type", value = Examples.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The person is not on this agency's roster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used in the last 24 hours for another question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(@Parameter(description = "Any unique text of up to 100 characters; a retry with the same key within 24 hours "
            + "returns the first answer and records nothing") @HeaderParam("Idempotency-Key") String idempotencyKey, JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            return Problem.invalid(List.of(FieldError.at("", "Send the question as one JSON object.")));
        }
        StrictJson json = new StrictJson(body.asJsonObject(), EligibilityCheckJson.Question.FIELDS);
        EligibilityCheckJson.Question question = EligibilityCheckJson.Question.read(json);
        List<FieldError> errors = new ArrayList<>(json.errors());
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            errors.add(FieldError.ofParameter("Idempotency-Key", "Give at most 100 visible characters."));
        }
        if (!errors.isEmpty()) {
            return Problem.invalid(errors);
        }
        ApiKeys.Caller agency = caller.get();
        CheckAnswer answer;
        try {
            answer = answer(agency, question, idempotencyKey);
        } catch (IdempotencyKeyReused reused) {
            return Problem.response(422, "idempotency-key-reused", "Idempotency-Key already used", reused.getMessage()
                    + " Use a new key for a new question.");
        }
        return Response.created(URI.create(uris.getBaseUri() + "v1/eligibility-checks/" + answer.check().getId()))
                .header("Idempotent-Replayed", answer.replayed() ? "true" : null)
                .type(MediaType.APPLICATION_JSON).entity(JSON.toJson(EligibilityCheckJson.Answer.of(answer))).build();
    }

    /** Two requests with one key at the same moment: the second's insert meets the first's key, and is answered as its retry. */
    private CheckAnswer answer(ApiKeys.Caller agency, EligibilityCheckJson.Question question, String idempotencyKey) {
        try {
            return checks.check(agency.agency(), "api:" + agency.keyPrefix(), question.request(), idempotencyKey);
        } catch (PersistenceException sameKeyAtTheSameMoment) {
            if (idempotencyKey == null) {
                throw sameKeyAtTheSameMoment;
            }
            return checks.check(agency.agency(), "api:" + agency.keyPrefix(), question.request(), idempotencyKey);
        }
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getEligibilityCheck", summary = "One of the agency's checks", description = "As it was answered.")
    @APIResponse(responseCode = "200", description = "The check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityCheckJson.Answer.class)))
    @APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No check of this agency has this id", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response one(@Parameter(description = "The check's id, as in its Location") @PathParam("id") long id) {
        return checks.find(caller.get().agency().getId(), id)
                .map(answer -> Response.ok(JSON.toJson(EligibilityCheckJson.Answer.of(answer)), MediaType.APPLICATION_JSON)
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> Problem.response(404, "check-not-found", "No such check", "None of your agency's checks has the id " + id + "."));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "listEligibilityChecks", summary = "List the agency's checks", description = "Newest first, from a day on if given.")
    @APIResponse(responseCode = "200", description = "A page of the checks", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EligibilityCheckJson.CheckList.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of its bounds or not a date (each in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "From this day on (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("since") String since,
            @Parameter(description = "Rows to skip", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("offset") String offset,
            @Parameter(description = "Rows to return", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "50"))
            @QueryParam("limit") String limit) {
        List<FieldError> errors = new ArrayList<>();
        Instant from = null;
        try {
            from = since == null || since.isBlank() ? null : LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(FieldError.ofParameter("since", "Give a date as YYYY-MM-DD."));
        }
        int first = bounded(offset, 0, 0, Integer.MAX_VALUE, "offset", errors);
        int size = bounded(limit, 50, 1, MAX_PAGE, "limit", errors);
        if (!errors.isEmpty()) {
            return Problem.invalid(errors);
        }
        Paging<org.peercert.agency.check.EligibilityCheck> page = checks.checksOf(caller.get().agency().getId(), from, first, size);
        String json = JSON.toJson(new EligibilityCheckJson.CheckList(page.total(), first, size,
                page.rows().stream().map(EligibilityCheckJson.Recorded::of).toList()));
        return Response.ok(json, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }

    /** A paging parameter: its default when absent, refused (not clamped) when out of bounds. */
    private static int bounded(String text, int absent, int minimum, int maximum, String name, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= minimum && value <= maximum) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        errors.add(FieldError.ofParameter(name, "Give a whole number from " + minimum + (maximum == Integer.MAX_VALUE ? " on." : " to " + maximum + ".")));
        return absent;
    }
}
