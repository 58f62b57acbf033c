package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable numbers of accounts and sign-in, with their documented defaults.
 * Each is set by a system property of the same name or by its environment variable
 * (peercert.password.min-length = PEERCERT_PASSWORD_MIN_LENGTH).
 */
@ApplicationScoped
public class AccountPolicy {

    @Inject
    @ConfigProperty(name = "peercert.password.min-length", defaultValue = "12")
    int passwordMinLength;

    @Inject
    @ConfigProperty(name = "peercert.password.max-length", defaultValue = "128")
    int passwordMaxLength;

    /** Argon2id's cost (RFC 9106; OWASP's first choice: 19 MiB, 2 passes, 1 lane). */
    @Inject
    @ConfigProperty(name = "peercert.password.argon2id-memory-kib", defaultValue = "19456")
    int argon2idMemoryKib;

    @Inject
    @ConfigProperty(name = "peercert.password.argon2id-iterations", defaultValue = "2")
    int argon2idIterations;

    @Inject
    @ConfigProperty(name = "peercert.password.argon2id-parallelism", defaultValue = "1")
    int argon2idParallelism;

    /**
     * Password hashes computed at once; 0: one per processor, fewer if their memory would pass an eighth of the heap.
     * More wait their turn, so a crowd signing in never runs more hashes than there are processors, and the scheduler
     * still shares the processors with page requests. Half of them (the default before #24) made ten sign-ins at once
     * on 2 cores queue behind one hash: p95 2.2 to 2.6 s, against 0.9 to 2.1 s with both, the pages served meanwhile
     * within their p99 of 50 ms either way (bench/README.md).
     */
    @Inject
    @ConfigProperty(name = "peercert.password.hashing-threads", defaultValue = "0")
    int hashingThreads;

    @Inject
    @ConfigProperty(name = "peercert.password.hashing-wait-seconds", defaultValue = "20")
    int hashingWaitSeconds;

    @Inject
    @ConfigProperty(name = "peercert.signin.max-failures", defaultValue = "10")
    int maxSignInFailures;

    /** Failures from one client address, whatever the emails, before the address is held back. */
    @Inject
    @ConfigProperty(name = "peercert.signin.max-failures-per-address", defaultValue = "50")
    int maxSignInFailuresPerAddress;

    /** Failures for one email from every address before the email itself is held back: far above the per-address count. */
    @Inject
    @ConfigProperty(name = "peercert.signin.max-failures-per-email", defaultValue = "100")
    int maxSignInFailuresPerEmail;

    @Inject
    @ConfigProperty(name = "peercert.signin.failure-window-minutes", defaultValue = "15")
    int failureWindowMinutes;

    @Inject
    @ConfigProperty(name = "peercert.signin.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /** Issue #22: the roles whose people must sign in with a second step; the others may choose it. "none": no role must. */
    @Inject
    @ConfigProperty(name = "peercert.two-step.required-roles", defaultValue = "STAFF,ADMIN,NETWORK_STAFF,COMMITTEE_MEMBER,AGENCY_ADMIN")
    Optional<String> twoStepRequiredRoles;

    /** Wrong codes at the second step, within the sign-in failure window, before it is held back for the lockout. */
    @Inject
    @ConfigProperty(name = "peercert.two-step.max-failures", defaultValue = "5")
    int twoStepMaxFailures;

    @Inject
    @ConfigProperty(name = "peercert.account.verification-link-hours", defaultValue = "24")
    int verificationLinkHours;

    @Inject
    @ConfigProperty(name = "peercert.account.reset-link-hours", defaultValue = "2")
    int resetLinkHours;

    /** Reset and verification mails asked for one address in an hour, beyond which nothing more is sent. */
    @Inject
    @ConfigProperty(name = "peercert.account.link-mails-per-hour", defaultValue = "5")
    int linkMailsPerHour;

    @Inject
    @ConfigProperty(name = "peercert.account.invitation-link-hours", defaultValue = "168")
    int invitationLinkHours;

    @Inject
    @ConfigProperty(name = "peercert.account.minimum-registration-age", defaultValue = "16")
    int minimumRegistrationAge;

    /** The youngest age at which a person may open an account (applying needs the application's own minimum age). */
    public int minimumRegistrationAge() {
        return minimumRegistrationAge;
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }

    public int passwordMaxLength() {
        return passwordMaxLength;
    }

    Argon2id.Cost argon2idCost() {
        return new Argon2id.Cost(argon2idMemoryKib, argon2idIterations, argon2idParallelism);
    }

    /** Failures for one email from one client address before that pair is held back. */
    public int maxSignInFailures() {
        return maxSignInFailures;
    }

    public Set<Role> twoStepRequiredRoles() {
        return twoStepRequiredRoles.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip).filter(r -> !r.isEmpty() && !r.equalsIgnoreCase("none"))
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public int twoStepMaxFailures() {
        return twoStepMaxFailures;
    }

    public int maxSignInFailuresPerAddress() {
        return maxSignInFailuresPerAddress;
    }

    public int maxSignInFailuresPerEmail() {
        return maxSignInFailuresPerEmail;
    }

    public Duration failureWindow() {
        return Duration.ofMinutes(failureWindowMinutes);
    }

    public int hashingThreads() {
        if (hashingThreads > 0) {
            return hashingThreads;
        }
        // Each hash holds its memory cost on the heap: by default at most an eighth of the heap goes to hashing.
        long affordable = Runtime.getRuntime().maxMemory() / 8 / (argon2idMemoryKib * 1024L);
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), affordable));
    }

    public Duration hashingWait() {
        return Duration.ofSeconds(hashingWaitSeconds);
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    public Duration verificationLinkValidity() {
        return Duration.ofHours(verificationLinkHours);
    }

    public int linkMailsPerHour() {
        return linkMailsPerHour;
    }

    public Duration resetLinkValidity() {
        return Duration.ofHours(resetLinkHours);
    }

    public Duration invitationLinkValidity() {
        return Duration.ofHours(invitationLinkHours);
    }
}
