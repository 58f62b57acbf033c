package org.peercert.platform;

/**
 * A request that the portal's rules refuse, told to the person by a message key of
 * i18n/messages.properties and its arguments. Features subclass it for their own kinds of refusal.
 */
public class UserProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
