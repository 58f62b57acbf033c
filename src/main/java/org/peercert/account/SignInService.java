package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.peercert.audit.AuditAction;

/**
 * Checks a sign-in, throttles repeated failures per email, and records every attempt in the audit trail.
 * Attempts for the same email take turns (a lock per email stripe), so a burst of parallel guesses cannot
 * slip past the throttle while each waits for its password hash; the slow hash runs outside any
 * transaction, so it holds no database connection.
 */
@ApplicationScoped
public class SignInService {

    public record Result(SignInOutcome outcome, UserAccount account) {
    }

    private static final int STRIPES = 256;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    @Inject
    Clock clock;

    @Inject
    AccountPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountService accounts;

    @Inject
    SignInRecords records;

    public SignInService() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public Result signIn(String typedEmail, String password) {
        String email = EmailAddress.normalize(typedEmail);
        ReentrantLock lock = stripes[Math.floorMod(email.hashCode(), STRIPES)];
        lock.lock();
        try {
            return check(email, password == null ? "" : password);
        } finally {
            lock.unlock();
        }
    }

    private Result check(String email, String password) {
        Instant now = clock.instant();
        SignInThrottle throttle = new SignInThrottle(policy.maxSignInFailures(), policy.failureWindow(), policy.lockout());
        Optional<Instant> throttledUntil = throttle.throttledUntil(records.failuresSince(email, now.minus(throttle.lookBack())), now);
        if (throttledUntil.isPresent()) {
            records.noted(email, AuditAction.SIGN_IN_THROTTLED, "Throttled until " + throttledUntil.get());
            return new Result(SignInOutcome.THROTTLED, null);
        }
        Optional<UserAccount> account = accounts.findByEmail(email);
        if (!hasher.matches(password, account.map(UserAccount::getPasswordHash).orElse(null))) {
            records.failed(email, now, account.isPresent() ? "Wrong password" : "No such account");
            return new Result(SignInOutcome.INVALID, null);
        }
        UserAccount user = account.get();
        switch (user.getStatus()) {
            case DISABLED -> {
                records.noted(email, AuditAction.SIGN_IN_FAILED, "Account disabled");
                return new Result(SignInOutcome.DISABLED, null);
            }
            case PENDING_VERIFICATION -> {
                records.noted(email, AuditAction.SIGN_IN_FAILED, "Email not verified yet");
                return new Result(SignInOutcome.NOT_VERIFIED, null);
            }
            default -> {
                records.succeeded(email);
                return new Result(SignInOutcome.SUCCESS, user);
            }
        }
    }

    public void signedOut(String email) {
        records.noted(email, AuditAction.SIGNED_OUT, null);
    }
}
