package org.peercert.account;

/** Why a sign-in succeeded or not. Only the person who typed the right password learns about their account. */
public enum SignInOutcome {
    SUCCESS,
    /** Wrong email or password; deliberately the same answer for both. */
    INVALID,
    /** Too many failures for this email lately, whether or not it has an account. */
    THROTTLED,
    NOT_VERIFIED,
    DISABLED
}
