package org.peercert.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules after NIST SP 800-63B: a minimum and a maximum length, no composition rules,
 * and none of the most common passwords (compared without regard to case).
 */
public final class PasswordRules {

    public enum Problem { TOO_SHORT, TOO_LONG, TOO_COMMON }

    private final int minLength;
    private final int maxLength;
    private final Set<String> commonPasswords;

    public PasswordRules(int minLength, int maxLength, Set<String> commonPasswords) {
        if (minLength < 1 || maxLength < 64 || maxLength < minLength) {
            throw new IllegalArgumentException("Passwords need min >= 1 and max >= 64, got " + minLength + ".." + maxLength);
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.commonPasswords = commonPasswords;
    }

    /** Length counts characters as people see them (code points), so "é" or an emoji counts once. */
    public Optional<Problem> check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
