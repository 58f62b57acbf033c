package org.peercert.platform.format;

import java.util.Optional;

/** A US ZIP code: 5 digits, or ZIP+4 (9 digits, kept as 66601-1234). */
public final class UsZip {

    private UsZip() {
    }

    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.matches("\\d{5}")) {
            return Optional.of(text);
        }
        if (text.matches("\\d{5}[- ]?\\d{4}")) {
            String digits = text.replaceAll("\\D", "");
            return Optional.of(digits.substring(0, 5) + "-" + digits.substring(5));
        }
        return Optional.empty();
    }
}
