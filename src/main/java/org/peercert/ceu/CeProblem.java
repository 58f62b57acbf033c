package org.peercert.ceu;

import org.peercert.platform.UserProblem;

/** A continuing-education or renewal request the rules refuse, told by message key. */
public class CeProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public CeProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
