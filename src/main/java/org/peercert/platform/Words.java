package org.peercert.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A status, state or kind in plain words, from i18n/messages.properties (label.ApplicationStatus.IN_REVIEW), for text
 * the portal writes down outside a page, such as an audit entry's details. Pages use the same labels through Labels.
 */
public final class Words {

    private static final String BUNDLE = "i18n.messages";

    private Words() {
    }

    /** The bundle key of a value's label: label.ApplicationStatus.IN_REVIEW, label.ChecklistRow.State.MET for a nested enum. */
    public static String keyOf(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        return "label." + name + "." + value.name();
    }

    /** The value's label in English; the key itself when the bundle has none (a test guards against that). */
    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(keyOf(value));
        } catch (MissingResourceException e) {
            return keyOf(value);
        }
    }

    /** A message of the bundle in English with its arguments, for text written down outside a page. */
    public static String message(String key, Object... arguments) {
        return message(Locale.ENGLISH, key, arguments);
    }

    /** A message of the bundle with its arguments; the key itself when the bundle has none. */
    public static String message(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            // A pattern written for MessageFormat doubles its apostrophes (agency''s) even when it is used without arguments.
            return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
