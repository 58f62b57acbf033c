package org.peercert.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/health: the API answers (for load balancers), and the benchmarks' trivial baseline. */
@Path("v1/health")
@ApplicationScoped
@Tag(name = "Operations", description = "Whether the API answers")
public class HealthResource {

    private static final String UP = "{\"status\":\"UP\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHealth", summary = "Whether the API answers", description = "Always {\"status\":\"UP\"} while the server runs; touches no database.")
    @APIResponse(responseCode = "200", description = "The API answers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Health.class)))
    public String health() {
        return UP;
    }

    /** The answer's shape, for the OpenAPI document. */
    @Schema(name = "Health", requiredProperties = "status")
    record Health(@Schema(enumeration = "UP") String status) {
    }
}
