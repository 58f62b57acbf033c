package org.peercert.account;

import org.peercert.platform.UserProblem;

/** Something a person typed that the account rules refuse, with the form field it belongs to (or none). */
public class AccountProblem extends UserProblem {

    private final String field;

    public AccountProblem(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }
}
