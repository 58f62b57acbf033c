package org.peercert.document;

/** An upload refused for what it is: wrong type, empty, too large or unreadable. Carries a message key. */
public class UploadProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UploadProblem(String messageKey, Object... arguments) {
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
