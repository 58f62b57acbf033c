package org.peercert.platform.api;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.peercert.platform.NotYours;

/** A request for what belongs to someone else: 403, of the kind the resource names ({@link NotYoursAs}). */
@Provider
public class NotYoursAsProblems implements ExceptionMapper<NotYours> {

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(NotYours notYours) {
        NotYoursAs as = RefusalsAsProblems.declared(resource, NotYoursAs.class);
        return as == null ? Problem.response(403, "not-yours", "Not yours", "What was asked for belongs to someone else.")
                : Problem.response(403, as.kind(), as.title(), as.detail());
    }
}
