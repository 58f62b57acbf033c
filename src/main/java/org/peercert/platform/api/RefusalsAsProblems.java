package org.peercert.platform.api;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import org.peercert.platform.UserProblem;
import org.peercert.platform.Words;

/** A rule's refusal leaving a resource: 400 with the refusal in words, of the kind the resource names ({@link RefusedAs}). */
@Provider
public class RefusalsAsProblems implements ExceptionMapper<UserProblem> {

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(UserProblem refused) {
        RefusedAs as = declared(resource, RefusedAs.class);
        return Problem.response(400, as == null ? "request-refused" : as.kind(), as == null ? "Request refused" : as.title(),
                Words.message(refused.messageKey(), refused.arguments()));
    }

    /** The annotation on the resource method that answered, else on its class, else null. */
    static <A extends Annotation> A declared(ResourceInfo resource, Class<A> type) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        A onMethod = resource.getResourceMethod().getAnnotation(type);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(type);
    }
}
