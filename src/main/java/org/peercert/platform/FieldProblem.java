package org.peercert.platform;

/**
 * One field a person filled in wrongly: the field's id on its form, the message key of i18n/messages.properties and
 * its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
