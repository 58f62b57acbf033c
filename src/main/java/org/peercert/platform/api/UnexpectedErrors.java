package org.peercert.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.platform.DatabaseTrouble;

/**
 * Every error of the API answers as problem+json: a wrong path or method as itself, a database that cannot be reached
 * as 503 with Retry-After (#23), anything unexpected as a 500 without internals.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.StatusType reason = Response.Status.fromStatusCode(status);
            Problem problem = Problem.of(status, "http-" + status, reason == null ? "Request refused" : reason.getReasonPhrase(),
                    "See the API's OpenAPI document at /api/openapi.");
            // Keeps the original headers (Allow on a 405, Retry-After) and replaces only the body.
            return Response.fromResponse(web.getResponse()).entity(problem).type(Problem.MEDIA_TYPE).build();
        }
        if (DatabaseTrouble.isUnreachable(error)) {
            LOG.warning(() -> "The database cannot be reached; an API request answered 503: " + error);
            return Response.status(503).type(Problem.MEDIA_TYPE).entity(unreachableDatabase())
                    .header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API request failed", error);
        return Problem.response(500, "internal-error", "Internal error", "The request could not be completed; it has been logged.");
    }

    /** The 503 for a database that cannot be reached, also for API answers written before JAX-RS (a servlet filter). */
    public static Problem unreachableDatabase() {
        return Problem.of(503, "service-unavailable", "Briefly unavailable",
                "The portal cannot reach its records for a moment; nothing was changed. Try again after Retry-After seconds.");
    }
}
