package org.peercert.background;

import org.peercert.platform.UserProblem;

/** A background-check request the rules refuse. */
public class BackgroundProblem extends UserProblem {

    public BackgroundProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
