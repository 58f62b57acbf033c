package org.peercert.billing;

import org.peercert.platform.UserProblem;

/** A billing-eligibility question the rules refuse to answer because its input is wrong, told by message key. */
public class BillingProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public BillingProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
