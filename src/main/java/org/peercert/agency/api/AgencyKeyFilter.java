package org.peercert.agency.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.peercert.agency.ApiKeys;
import org.peercert.platform.api.Problem;

/**
 * Lets a request to an {@link AgencyKey} resource through only with a valid key (Authorization: Bearer pck_…); otherwise
 * 401. A read-only key (#32) may only read: anything but GET is 403.
 */
@Provider
@AgencyKey
@Priority(Priorities.AUTHENTICATION)
public class AgencyKeyFilter implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    ApiKeys keys;

    @Inject
    AgencyCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiKeys.Caller> known = keys.fromAuthorization(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (known.isEmpty()) {
            request.abortWith(unauthorized());
        } else if (known.get().readOnly() && !READS.contains(request.getMethod())) {
            request.abortWith(Problem.response(403, "api-key-read-only", "This key is read-only",
                    "A read-only key may look certificates up and list checks; make a key that is not read-only to record checks."));
        } else {
            caller.knownAs(known.get());
        }
    }

    private static Response unauthorized() {
        return Response.fromResponse(Problem.response(401, "api-key-required", "An agency API key is required",
                "Send Authorization: Bearer pck_… with a key made on your agency's home page.")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
