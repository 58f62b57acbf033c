package org.peercert.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A sentence of i18n/messages.properties not yet put into words: its key and arguments. A service says what to tell
 * (Text.of("progress.exam.passed", day, percent)) and the page or mail that shows it picks the language, so a second
 * language is only a translation. An argument that is itself a Text, an enum (its label) or a list of those is put
 * into words in the same language; a list is joined with "; ".
 */
public record Text(String key, List<Object> arguments) {

    public Text {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, Arrays.asList(arguments));
    }

    public String in(Locale locale) {
        Object[] words = arguments.stream().map(argument -> inWords(argument, locale)).toArray();
        return Words.message(locale, key, words);
    }

    public String inEnglish() {
        return in(Locale.ENGLISH);
    }

    private static Object inWords(Object argument, Locale locale) {
        if (argument instanceof Text text) {
            return text.in(locale);
        }
        if (argument instanceof Enum<?> value) {
            return Words.message(locale, Words.keyOf(value));
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(inWords(item, locale))).collect(Collectors.joining("; "));
        }
        return argument;
    }
}
