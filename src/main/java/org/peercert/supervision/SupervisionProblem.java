package org.peercert.supervision;

import org.peercert.platform.UserProblem;

/** A supervision request the rules refuse, told by message key. */
public class SupervisionProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public SupervisionProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
