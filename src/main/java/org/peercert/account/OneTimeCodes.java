package org.peercert.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The six-digit codes of an authenticator app (RFC 6238: HMAC-SHA1 of a shared secret and the clock's 30-second step),
 * as plain rules: a code is accepted from the step before to the step after the server's (a phone's clock a little
 * off, a code typed as it changed), and only for a step later than the last one used, so each code works once.
 */
public final class OneTimeCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private OneTimeCodes() {
    }

    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public static long stepOf(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP.getSeconds());
    }

    /** The code an authenticator shows for this secret during this step. */
    public static String code(byte[] secret, long step) {
        try {
            return TOTP.generateOneTimePasswordString(key(secret), Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of any length is valid", e);
        }
    }

    /** The step the typed code belongs to, if it is one of the steps around now and later than {@code lastUsedStep}. */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastUsedStep && code(secret, step).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The secret as a person types it into an authenticator: Base32, no padding, in groups of four. */
    public static String typable(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "").replaceAll("(.{4})(?=.)", "$1 ");
    }

    /** The address a QR code gives an authenticator app (the Key Uri Format every app reads). */
    public static String otpauthUri(String issuer, String accountName, byte[] secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + new Base32().encodeAsString(secret).replace("=", "") + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Key key(byte[] secret) {
        return new SecretKeySpec(secret, TOTP.getAlgorithm());
    }
}
