package org.peercert.testing;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test deployments only (#23): an API call that fails as one fails when the database went away mid-request, so the
 * tests see the API's answer without stopping the shared database. Hidden from the OpenAPI document.
 */
@Path("test-support/unreachable-database")
public class UnreachableDatabaseResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new PersistenceException("could not execute query", new SQLException("Communications link failure", "08S01"));
    }
}
