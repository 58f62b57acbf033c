package org.peercert.platform.api;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} is stable (clients may switch on it); {@code title} names the kind of
 * problem, {@code detail} tells this occurrence.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:peercert:problem:";

    public static Response response(int status, String kind, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem(TYPE_BASE + kind, title, status, detail)).build();
    }
}
