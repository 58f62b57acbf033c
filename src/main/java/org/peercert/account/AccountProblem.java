package org.peercert.account;

/**
 * Something a person typed or followed that the account rules refuse. Carries a message key
 * (i18n/messages.properties) and, where it belongs to one, the form field.
 */
public class AccountProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public AccountProblem(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
