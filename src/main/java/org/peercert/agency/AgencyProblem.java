package org.peercert.agency;

import org.peercert.platform.UserProblem;

/** An agency, roster or API-key request the rules refuse, told by message key. */
public class AgencyProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public AgencyProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
