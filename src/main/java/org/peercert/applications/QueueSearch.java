package org.peercert.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.peercert.background.exclusion.NameKeys;

/**
 * What staff typed in the work queue's search box: an application number ("APP-000123" or "123"), the start of an
 * email (anything with an @), or the start of a name, one word for a first or last name, two or more for both in
 * either order ("Robin Okafor", "Okafor, Robin"). Names compare by their keys (NameKeys: case, accents and
 * punctuation aside), so every kind is answered from an index.
 */
public record QueueSearch(Long number, String emailPrefix, String firstKey, String secondKey) {

    public static final QueueSearch NONE = new QueueSearch(null, null, null, null);

    public static QueueSearch of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return NONE;
        }
        if (text.toLowerCase(Locale.ROOT).matches("(app-)?0*\\d+")) {
            return new QueueSearch(Long.valueOf(text.replaceAll("\\D", "")), null, null, null);
        }
        if (text.contains("@")) {
            return new QueueSearch(null, text.toLowerCase(Locale.ROOT), null, null);
        }
        List<String> words = Arrays.stream(text.split("[\\s,]+")).map(NameKeys::key).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return NONE;
        }
        String rest = words.size() > 1 ? String.join("", words.subList(1, words.size())) : null;
        return new QueueSearch(null, null, words.get(0), rest);
    }

    public boolean isEmpty() {
        return number == null && emailPrefix == null && firstKey == null;
    }

    /** The LIKE pattern of the email prefix, LIKE's own wildcards escaped by '!' (a backslash means something else to MariaDB). */
    public String emailPattern() {
        return emailPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
