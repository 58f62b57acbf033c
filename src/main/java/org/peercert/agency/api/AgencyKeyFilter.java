package org.peercert.agency.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.peercert.agency.ApiKeys;
import org.peercert.platform.api.Problem;

/** Lets a request to an {@link AgencyKey} resource through only with a valid key (Authorization: Bearer pck_…); otherwise 401. */
@Provider
@AgencyKey
@Priority(Priorities.AUTHENTICATION)
public class AgencyKeyFilter implements ContainerRequestFilter {

    @Inject
    ApiKeys keys;

    @Inject
    AgencyCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        keys.fromAuthorization(request.getHeaderString(HttpHeaders.AUTHORIZATION)).ifPresentOrElse(caller::knownAs,
                () -> request.abortWith(unauthorized()));
    }

    private static Response unauthorized() {
        return Response.fromResponse(Problem.response(401, "api-key-required", "An agency API key is required",
                "Send Authorization: Bearer pck_… with a key made on your agency's home page.")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
