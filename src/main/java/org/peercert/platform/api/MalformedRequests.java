package org.peercert.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;

/**
 * A request body the JSON binding cannot read into its record (not JSON, a date not YYYY-MM-DD, a number where text
 * belongs) answers 400 with a problem, like every other refusal of the API. Any other processing failure is the
 * server's, as {@link UnexpectedErrors} answers it.
 */
@Provider
public class MalformedRequests implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException failure) {
        return unreadableBody(failure) ? response() : new UnexpectedErrors().toResponse(failure);
    }

    /** The answer to a request without a readable body: also for a resource that finds no body at all. */
    public static Response response() {
        return Problem.response(400, "malformed-request", "Not a well-formed request",
                "Send a JSON object as described in the OpenAPI document at /api/openapi; dates as YYYY-MM-DD.");
    }

    private static boolean unreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException || cause instanceof DateTimeParseException) {
                return true;
            }
        }
        return false;
    }
}
