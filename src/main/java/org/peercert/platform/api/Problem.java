package org.peercert.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} is stable (clients may switch on it); {@code title} names the kind of
 * problem, {@code detail} tells this occurrence; {@code errors}, on a request refused for its content, lists every
 * field that is wrong, each at once (#32).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
        @Schema(example = "urn:peercert:problem:invalid-request") String type,
        @Schema(example = "The request has invalid fields") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not right; see errors.") String detail,
        @Schema(description = "Each field that is wrong, on a 400 for a request's content") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:peercert:problem:";

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One wrong field: where it is (an RFC 6901 JSON Pointer into the body, or a query parameter's name) and what is wrong. */
    @Schema(name = "FieldError", requiredProperties = "detail")
    public record FieldError(
            @Schema(description = "RFC 6901 pointer into the request body", example = "/consumerDateOfBirth") String pointer,
            @Schema(description = "The query parameter, for a parameter's error", example = "limit") String parameter,
            @Schema(example = "Give a date as YYYY-MM-DD.") String detail) {

        public static FieldError at(String pointer, String detail) {
            return new FieldError(pointer, null, detail);
        }

        public static FieldError ofParameter(String parameter, String detail) {
            return new FieldError(null, parameter, detail);
        }
    }

    /** @param kind the stable last part of the type, e.g. {@code certificate-not-found} */
    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail, null);
    }

    public static Response response(int status, String kind, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(of(status, kind, title, detail)).build();
    }

    /** 400 for a request whose fields are wrong: every error at once. */
    public static Response invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).detail() : errors.size() + " fields are not right; see errors.";
        return Response.status(400).type(MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + "invalid-request", "The request has invalid fields", 400, detail, List.copyOf(errors))).build();
    }

    /** For answers written outside JAX-RS (a servlet filter). */
    public String toJson() {
        return JSON.toJson(this);
    }
}
