package org.peercert.applications;

/** A request the application rules refuse, with a message key for the person (i18n/messages.properties). */
public class ApplicationProblem extends RuntimeException {

    private final transient Object[] arguments;
    private final String messageKey;

    public ApplicationProblem(String messageKey, Object... arguments) {
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
