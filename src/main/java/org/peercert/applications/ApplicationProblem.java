package org.peercert.applications;

import org.peercert.platform.UserProblem;

/** A request the application rules refuse. */
public class ApplicationProblem extends UserProblem {

    public ApplicationProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
