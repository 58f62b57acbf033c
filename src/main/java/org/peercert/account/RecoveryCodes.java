package org.peercert.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The single-use codes a person keeps for the day the phone is lost: ten of them, each ten random letters and digits
 * (50 bits), shown once and stored only as SHA-256 hashes (random codes of that strength need no slow hash).
 */
public final class RecoveryCodes {

    static final int HOW_MANY = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;

    private RecoveryCodes() {
    }

    /** Ten new codes as shown: "abcde-fghjk". */
    public static List<String> generate(SecureRandom random) {
        return IntStream.range(0, HOW_MANY).mapToObj(i -> one(random)).toList();
    }

    /** The hash a code is stored and found by; case, spaces and hyphens as typed do not matter. */
    public static String hash(String typed) {
        String normalized = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether what was typed looks like a recovery code rather than an authenticator's six digits. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "").matches("[a-z2-9]{" + LENGTH + "}");
    }

    private static String one(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
