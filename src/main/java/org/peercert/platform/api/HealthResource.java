package org.peercert.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/health: the API answers (for load balancers), and the benchmarks' trivial baseline. */
@Path("v1/health")
@ApplicationScoped
@Tag(name = "Operations")
public class HealthResource {

    private static final String UP = "{\"status\":\"UP\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the API answers", description = "Always {\"status\":\"UP\"} while the server runs; touches no database.")
    public String health() {
        return UP;
    }
}
