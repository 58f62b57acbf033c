package org.peercert.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API answers as problem+json: a wrong path or method as itself, anything unexpected as a 500 without internals. */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problem.response(status, "http-" + status, Response.Status.fromStatusCode(status) == null ? "Request refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), "See the API's OpenAPI document at /api/openapi.");
        }
        LOG.log(Level.SEVERE, "API request failed", error);
        return Problem.response(500, "internal-error", "Internal error", "The request could not be completed; it has been logged.");
    }
}
