package org.peercert.training;

import org.peercert.platform.UserProblem;

/** A training request the rules refuse, told by message key. */
public class TrainingProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public TrainingProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
