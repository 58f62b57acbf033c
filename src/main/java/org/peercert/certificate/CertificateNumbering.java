package org.peercert.certificate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-TRN-3: certificate numbers from a configurable pattern such as {@code PS-{TRACK}-{YEAR}-{SEQ6}}. The
 * sequence counts within a scope, the pattern with the sequence left out ("PS-CPS-2026-"), so each track
 * and year starts at 1 when the pattern names them, and never restarts when it does not.
 */
public final class CertificateNumbering {

    private static final Pattern SEQUENCE = Pattern.compile("\\{SEQ(\\d)}");
    private static final Pattern ANY_TOKEN = Pattern.compile("\\{[^}]*}");
    private static final int MAX_LENGTH = 40;
    private static final Pattern LOOKS_LIKE_A_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0," + (MAX_LENGTH - 1) + "}");

    private final String pattern;
    private final int digits;

    public CertificateNumbering(String pattern) {
        Matcher sequence = SEQUENCE.matcher(pattern == null ? "" : pattern);
        if (!sequence.find() || sequence.find()) {
            throw new IllegalArgumentException("A certificate number pattern needs exactly one {SEQn} token (n = 1 to 9): " + pattern);
        }
        String unknown = SEQUENCE.matcher(pattern).replaceAll("").replace("{TRACK}", "").replace("{YEAR}", "");
        if (ANY_TOKEN.matcher(unknown).find()) {
            throw new IllegalArgumentException("Unknown token in certificate number pattern " + pattern + "; use {TRACK}, {YEAR} and {SEQn}");
        }
        this.pattern = pattern;
        Matcher first = SEQUENCE.matcher(pattern);
        first.find();
        this.digits = Integer.parseInt(first.group(1));
        if (digits == 0) {
            throw new IllegalArgumentException("{SEQ0} has no digits: " + pattern);
        }
        String sample;
        try {
            sample = format("CPS", 2026, 1);
        } catch (IllegalStateException tooLong) {
            throw new IllegalArgumentException(tooLong.getMessage(), tooLong);
        }
        if (normalize(sample).filter(sample::equals).isEmpty()) {
            throw new IllegalArgumentException("Certificate numbers must be upper-case letters, digits and hyphens (at most "
                    + MAX_LENGTH + " characters), or they could not be looked up: " + pattern);
        }
    }

    /** The scope whose counter the next number comes from. @param track the track's abbreviation as the state sets it (#28) */
    public String scope(String track, int year) {
        return fill(track, year).replaceAll(SEQUENCE.pattern(), "");
    }

    public String format(String track, int year, long sequence) {
        String value = String.format("%0" + digits + "d", sequence);
        if (value.length() > digits) {
            throw new IllegalStateException("The sequence of " + scope(track, year) + " has run past " + digits + " digits");
        }
        String number = SEQUENCE.matcher(fill(track, year)).replaceAll(value);
        if (number.length() > MAX_LENGTH) {
            throw new IllegalStateException("Certificate numbers are at most " + MAX_LENGTH + " characters: " + number);
        }
        return number;
    }

    /**
     * A number as someone typed it (any case, spaces around), or empty when it cannot be a certificate number
     * at all: too long, or with characters no pattern produces.
     */
    public static java.util.Optional<String> normalize(String typed) {
        String number = typed == null ? "" : typed.trim().toUpperCase(java.util.Locale.ROOT);
        return LOOKS_LIKE_A_NUMBER.matcher(number).matches() ? java.util.Optional.of(number) : java.util.Optional.empty();
    }

    private String fill(String track, int year) {
        return pattern.replace("{TRACK}", track).replace("{YEAR}", Integer.toString(year));
    }
}
