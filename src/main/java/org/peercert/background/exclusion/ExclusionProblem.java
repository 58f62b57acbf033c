package org.peercert.background.exclusion;

import org.peercert.platform.UserProblem;

/** A list file or a match decision the portal refuses, told by message key. */
public class ExclusionProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public ExclusionProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
