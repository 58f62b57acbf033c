package org.peercert.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential of a sign-in the portal has already checked, the password and the second step if any: the identity
 * store only gives the person's roles. Made only by the sign-in pages' code, never from what a request sends.
 */
public record PasswordChecked(String email) implements Credential {
}
