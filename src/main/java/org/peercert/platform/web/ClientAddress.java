package org.peercert.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The address of the client of the request being served, for the audit trail and the sign-in throttle; nothing for
 * work not done for a request (a job, a test calling a service). Behind a proxy it is the proxy's, unless the server
 * takes the forwarded address (Undertow's proxy-address-forwarding).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Instance<HttpServletRequest> request;

    public Optional<String> current() {
        try {
            return request.isResolvable() ? Optional.ofNullable(request.get().getRemoteAddr()) : Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Optional.empty();
        }
    }
}
