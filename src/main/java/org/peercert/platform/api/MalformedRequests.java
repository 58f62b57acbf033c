package org.peercert.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body the JSON binding cannot read into its record (not JSON, a date not YYYY-MM-DD, a number where text
 * belongs) answers 400 with a problem, like every other refusal of the API.
 */
@Provider
public class MalformedRequests implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException unreadable) {
        return Problem.response(400, "malformed-request", "Not a well-formed request",
                "Send a JSON object as described in the OpenAPI document at /api/openapi; dates as YYYY-MM-DD.");
    }
}
