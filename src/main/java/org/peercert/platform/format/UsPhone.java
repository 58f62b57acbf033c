package org.peercert.platform.format;

import java.util.Optional;

/** A US phone number: ten digits (a leading country code 1 allowed), kept and shown as 785-555-0100. */
public final class UsPhone {

    private UsPhone() {
    }

    /** The number in the form 785-555-0100, or empty when the text is not a ten-digit US number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!text.matches("[0-9()+.\\-\\s]+")) {
            return Optional.empty();
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || digits.charAt(0) < '2' || digits.charAt(3) < '2') {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6));
    }
}
