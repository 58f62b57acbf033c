package org.peercert.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) kept in the PHC string form the reference implementation writes,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, so a stored hash names its own cost and a later, dearer setting
 * still verifies it.
 */
final class Argon2id {

    /** Memory in KiB, passes over it, lanes: OWASP's first choice is 19,456 KiB, 2 passes, 1 lane. */
    record Cost(int memoryKib, int iterations, int parallelism) {
        Cost {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("Argon2id needs at least 8 KiB per lane, one pass and one lane");
            }
        }
    }

    static final String PREFIX = "$argon2id$";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final Cost cost;
    private final SecureRandom random = new SecureRandom();

    Argon2id(Cost cost) {
        this.cost = cost;
    }

    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return encode(cost, salt, derive(password, salt, cost, HASH_BYTES));
    }

    /** Whether the stored hash is an Argon2id hash of this cost; an older one is replaced at the next sign-in. */
    boolean isCurrent(String stored) {
        return parse(stored).map(h -> h.cost().equals(cost)).orElse(false);
    }

    static boolean isArgon2id(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    static boolean verify(String password, String stored) {
        Optional<Stored> parsed = parse(stored);
        if (parsed.isEmpty()) {
            return false;
        }
        Stored hash = parsed.get();
        return MessageDigest.isEqual(hash.hash(), derive(password, hash.salt(), hash.cost(), hash.hash().length));
    }

    private record Stored(Cost cost, byte[] salt, byte[] hash) {
    }

    static String encode(Cost cost, byte[] salt, byte[] hash) {
        return PREFIX + "v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    private static Optional<Stored> parse(String stored) {
        if (!isArgon2id(stored)) {
            return Optional.empty();
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"v=19".equals(parts[2])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored(cost(parts[3]), Base64.getDecoder().decode(parts[4]), Base64.getDecoder().decode(parts[5])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Cost cost(String field) {
        String[] values = field.split(",");
        if (values.length != 3 || !values[0].startsWith("m=") || !values[1].startsWith("t=") || !values[2].startsWith("p=")) {
            throw new IllegalArgumentException("Not an Argon2id cost: " + field);
        }
        return new Cost(Integer.parseInt(values[0].substring(2)), Integer.parseInt(values[1].substring(2)),
                Integer.parseInt(values[2].substring(2)));
    }

    private static byte[] derive(String password, byte[] salt, Cost cost, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
