package org.peercert.platform.web;

import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.UserProblem;

/**
 * The pages' one way to tell a refusal: a {@link UserProblem} that leaves an action (the rules said no) becomes an error
 * message on the same page, which is rendered again with what the person typed; {@link InvalidFields} puts each message
 * beside its field of the form that was sent. A bean catches a problem itself only to do more than that (show it at a
 * field of its choosing, reset a list). Anything else goes on to the error pages.
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
                    show(problem.get());
                    FacesContext.getCurrentInstance().renderResponse();
                }
            }
            getWrapped().handle();
        }

        private static void show(UserProblem problem) {
            Optional<String> form = problem instanceof InvalidFields ? submittedForm(FacesContext.getCurrentInstance()) : Optional.empty();
            if (form.isPresent()) {
                FacesMessages.fieldProblems(form.get(), (InvalidFields) problem);
            } else {
                FacesMessages.error(problem.messageKey(), problem.arguments());
            }
        }

        private static Optional<String> submittedForm(FacesContext context) {
            String[] found = new String[1];
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
                if (component instanceof UIForm form && form.isSubmitted()) {
                    found[0] = form.getClientId(context);
                    return VisitResult.COMPLETE;
                }
                return VisitResult.ACCEPT;
            });
            return Optional.ofNullable(found[0]);
        }
    }
}
