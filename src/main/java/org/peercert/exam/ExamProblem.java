package org.peercert.exam;

import org.peercert.platform.UserProblem;

/** A test request the rules refuse, told by message key. */
public class ExamProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public ExamProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
