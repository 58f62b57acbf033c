package org.peercert.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Passwords are hashed with Argon2id at OWASP's first-choice cost (19 MiB, 2 passes, 1 lane; configurable). A hash
 * costs some 0.1 s of one core here where PBKDF2 at OWASP's 600,000 iterations cost 0.29 s, and its memory makes
 * guessing on graphics cards dear. Hashes made before (PBKDF2-HMAC-SHA256, the Jakarta Security format) still verify, and the
 * sign-in that verifies one replaces it ({@link #isOutdated}). Hashes pass through a {@link HashingGate}: a crowd
 * signing in at once waits its turn instead of taking every processor from the pages others are opening.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    AccountPolicy policy;

    private Argon2id argon2id;

    private String decoy;

    private HashingGate gate;

    @PostConstruct
    void configure() {
        argon2id = new Argon2id(policy.argon2idCost());
        decoy = argon2id.hash("decoy password, never matches");
        gate = new HashingGate(policy.hashingThreads(), policy.hashingWait());
    }

    public String hash(String password) {
        return gate.through(() -> argon2id.hash(password));
    }

    /** Takes as long for a missing account as for a real one, so timing does not reveal accounts. */
    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            gate.through(() -> Argon2id.verify(password, decoy));
            return false;
        }
        if (Argon2id.isArgon2id(storedHash)) {
            return gate.through(() -> Argon2id.verify(password, storedHash));
        }
        return gate.through(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /** A hash of an older kind or cost, to be replaced once the password is known again (at sign-in). */
    public boolean isOutdated(String storedHash) {
        return !argon2id.isCurrent(storedHash);
    }
}
