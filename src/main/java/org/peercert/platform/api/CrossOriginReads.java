package org.peercert.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * CORS for the answers marked {@link OpenToOtherSites}: any origin may read them with a GET, without cookies or
 * credentials. Only the safelisted request headers are allowed (Accept is one), so no preflight is needed and none is
 * answered with more.
 */
@Provider
@OpenToOtherSites
public class CrossOriginReads implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        writeTo(headers::putSingle);
    }

    /** The headers themselves, also for the public answers written outside JAX-RS (the key set, the lookup's 429). */
    public static void writeTo(BiConsumer<String, String> header) {
        header.accept("Access-Control-Allow-Origin", "*");
        header.accept("Access-Control-Allow-Methods", "GET");
        header.accept("Access-Control-Expose-Headers", "Content-Type, Cache-Control, RateLimit, RateLimit-Policy, Retry-After");
    }
}
