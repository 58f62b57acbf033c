package org.peercert.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses are compared case-insensitively and without surrounding blanks. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    /** Lower case, no surrounding blanks, and never longer than an address can be (so it always fits its column). */
    public static String normalize(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return email.length() > MAX_LENGTH ? email.substring(0, MAX_LENGTH) : email;
    }

    public static boolean isPlausible(String normalized) {
        return normalized.length() <= MAX_LENGTH && PLAUSIBLE.matcher(normalized).matches();
    }
}
