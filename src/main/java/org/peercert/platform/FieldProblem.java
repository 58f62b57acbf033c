package org.peercert.platform;

/**
 * One field a person filled in wrongly: the field's id on its form (null for what concerns the form as a whole), the
 * message key of i18n/messages.properties and its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {

    /** The problem in words, not yet in a language. */
    public Text text() {
        return Text.of(messageKey, arguments);
    }
}
