package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.peercert.audit.AuditAction;

/**
 * Checks a sign-in, throttles repeated failures, and records every attempt in the audit trail. Failures are counted per
 * email and client address, per address over all emails, and per email over all addresses at a much higher count, so
 * a stranger's guesses cannot lock the owner out from elsewhere (issue #22, finding 3).
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

    /** @param clientAddress where the attempt comes from; null for one not made over HTTP */
    public Result signIn(String typedEmail, String password, String clientAddress) {
        String email = EmailAddress.normalize(typedEmail);
        ReentrantLock lock = stripes[Math.floorMod(email.hashCode(), STRIPES)];
        lock.lock();
        try {
            return check(email, password == null ? "" : password, clientAddress);
        } finally {
            lock.unlock();
        }
    }

    private Result check(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> throttledUntil = throttledUntil(email, clientAddress, now);
        if (throttledUntil.isPresent()) {
            records.noted(email, AuditAction.SIGN_IN_THROTTLED, "Throttled until " + throttledUntil.get());
            return new Result(SignInOutcome.THROTTLED, null);
        }
        Optional<UserAccount> account = accounts.findByEmail(email);
        if (!hasher.matches(password, account.map(UserAccount::getPasswordHash).orElse(null))) {
            records.failed(email, clientAddress, now, account.isPresent() ? "Wrong password" : "No such account");
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
                keepHashCurrent(user, password);
                records.succeeded(email);
                return new Result(SignInOutcome.SUCCESS, user);
            }
        }
    }

    private void keepHashCurrent(UserAccount user, String password) {
        if (hasher.isOutdated(user.getPasswordHash())) {
            accounts.passwordRehashed(user.getId(), hasher.hash(password));
        }
    }

    /** The latest end of the three holds that apply: this email from this address, this address, this email. */
    private Optional<Instant> throttledUntil(String email, String clientAddress, Instant now) {
        SignInThrottle pair = throttle(policy.maxSignInFailures());
        Optional<Instant> until = pair.throttledUntil(records.failuresSince(email, clientAddress, now.minus(pair.lookBack())), now);
        if (clientAddress != null) {
            SignInThrottle address = throttle(policy.maxSignInFailuresPerAddress());
            until = later(until, address.throttledUntil(records.failuresFromSince(clientAddress, now.minus(address.lookBack())), now));
        }
        SignInThrottle everywhere = throttle(policy.maxSignInFailuresPerEmail());
        return later(until, everywhere.throttledUntil(records.failuresSince(email, now.minus(everywhere.lookBack())), now));
    }

    private SignInThrottle throttle(int maxFailures) {
        return new SignInThrottle(maxFailures, policy.failureWindow(), policy.lockout());
    }

    private static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
        return one.isEmpty() ? other : other.filter(o -> o.isAfter(one.get())).or(() -> one);
    }

    public void signedOut(String email) {
        records.noted(email, AuditAction.SIGNED_OUT, null);
    }
}
