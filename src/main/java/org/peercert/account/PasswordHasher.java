package org.peercert.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords are hashed with PBKDF2-HMAC-SHA256 (the Jakarta Security implementation), 600,000
 * iterations by default (OWASP 2023). The stored form names its own parameters, so raising the
 * iteration count later still verifies older hashes. Hashes pass through a {@link HashingGate}: a crowd signing in
 * at once waits its turn instead of taking every processor from the pages others are opening.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    AccountPolicy policy;

    private String decoy;

    private HashingGate gate;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(policy.pbkdf2Iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy password, never matches".toCharArray());
        gate = new HashingGate(policy.hashingThreads(), policy.hashingWait());
    }

    public String hash(String password) {
        return gate.through(() -> pbkdf2.generate(password.toCharArray()));
    }

    /** Takes as long for a missing account as for a real one, so timing does not reveal accounts. */
    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            gate.through(() -> pbkdf2.verify(password.toCharArray(), decoy));
            return false;
        }
        return gate.through(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }
}
