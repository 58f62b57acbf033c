package org.peercert.applications;

import jakarta.persistence.Query;
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

    /** The JPQL condition this search adds on the application {@code a}; empty when there is nothing to search. */
    public String condition() {
        if (number != null) {
            return " and a.id = :number";
        }
        if (emailPrefix != null) {
            return " and a.applicantId in (select e.id from UserAccount e where e.email like :email escape '!')";
        }
        if (secondKey != null) {
            return " and ((a.firstNameKey like :key1 and a.lastNameKey like :key2) or (a.lastNameKey like :key1 and a.firstNameKey like :key2))";
        }
        return firstKey != null ? " and (a.lastNameKey like :key1 or a.firstNameKey like :key1)" : "";
    }

    /** Sets the parameters of {@link #condition()} on a query that contains it. */
    public void bind(Query query) {
        if (number != null) {
            query.setParameter("number", number);
        } else if (emailPrefix != null) {
            query.setParameter("email", emailPattern());
        } else if (firstKey != null) {
            query.setParameter("key1", firstKey + "%");
            if (secondKey != null) {
                query.setParameter("key2", secondKey + "%");
            }
        }
    }

    /** The LIKE pattern of the email prefix, LIKE's own wildcards escaped by '!' (a backslash means something else to MariaDB). */
    public String emailPattern() {
        return emailPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
