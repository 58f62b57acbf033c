package org.peercert.agency.attest;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A roster attestation's verification code: 12 Crockford base-32 characters (60 random bits), shown in groups as
 * {@code RA-7K3M-Q9XP-2D4H}. Typed back, case, spaces, hyphens and the look-alikes O, I and L are forgiven.
 */
public final class AttestationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final String PREFIX = "RA";
    private static final RandomGenerator RANDOM = new SecureRandom();

    private AttestationCode() {
    }

    /** A new code, as stored (12 characters, no prefix or hyphens). */
    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored code for what someone typed or scanned, if it can be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.startsWith(PREFIX) && compact.length() == PREFIX.length() + LENGTH) {
            compact = compact.substring(PREFIX.length());
        }
        compact = compact.replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    /** The code as printed: {@code RA-XXXX-XXXX-XXXX}. */
    public static String display(String code) {
        return PREFIX + "-" + code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
