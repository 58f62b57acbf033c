package org.peercert.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

    private static final Jsonb JSON = JsonbBuilder.create();

    /** @param kind the stable last part of the type, e.g. {@code certificate-not-found} */
    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail);
    }

    public static Response response(int status, String kind, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(of(status, kind, title, detail)).build();
    }

    /** For answers written outside JAX-RS (a servlet filter). */
    public String toJson() {
        return JSON.toJson(this);
    }
}
