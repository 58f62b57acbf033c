package org.peercert.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.peercert.platform.UserProblem;

/**
 * The pages' one way to tell a refusal: a {@link UserProblem} that leaves an action (the rules said no) becomes an error
 * message on the same page, which is rendered again with what the person typed. A bean catches a problem itself only
 * to do more than that (show it at a field, reset a list). Anything else goes on to the error pages.
 */
public class UserProblemsAsMessages extends ExceptionHandlerFactory {

    public UserProblemsAsMessages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static Optional<UserProblem> userProblemIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserProblem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Optional<UserProblem> problem = userProblemIn(events.next().getContext().getException());
                if (problem.isPresent()) {
                    events.remove();
                    FacesMessages.error(problem.get().messageKey(), problem.get().arguments());
                    FacesContext.getCurrentInstance().renderResponse();
                }
            }
            getWrapped().handle();
        }
    }
}
