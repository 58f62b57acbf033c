package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.policy.AccountPolicy;

/** Checks a sign-in, throttles repeated failures per email, and records every attempt in the audit trail. */
@ApplicationScoped
@Transactional
public class SignInService {

    public record Result(SignInOutcome outcome, UserAccount account) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    public Result signIn(String typedEmail, String password) {
        String email = EmailAddress.normalize(typedEmail);
        Instant now = clock.instant();
        SignInThrottle throttle = new SignInThrottle(policy.maxSignInFailures(), policy.failureWindow(), policy.lockout());
        Optional<Instant> throttledUntil = throttle.throttledUntil(recentFailures(email, now.minus(throttle.lookBack())), now);
        if (throttledUntil.isPresent()) {
            audit.record(email, AuditAction.SIGN_IN_THROTTLED, email, "Throttled until " + throttledUntil.get());
            return new Result(SignInOutcome.THROTTLED, null);
        }

        Optional<UserAccount> account = accounts.findByEmail(email);
        boolean passwordMatches = hasher.matches(password == null ? "" : password, account.map(UserAccount::getPasswordHash).orElse(null));
        if (!passwordMatches) {
            em.persist(new SignInFailure(email, now));
            audit.record(email, AuditAction.SIGN_IN_FAILED, email, account.isPresent() ? "Wrong password" : "No such account");
            return new Result(SignInOutcome.INVALID, null);
        }
        UserAccount user = account.get();
        switch (user.getStatus()) {
            case DISABLED -> {
                audit.record(email, AuditAction.SIGN_IN_FAILED, email, "Account disabled");
                return new Result(SignInOutcome.DISABLED, null);
            }
            case PENDING_VERIFICATION -> {
                audit.record(email, AuditAction.SIGN_IN_FAILED, email, "Email not verified yet");
                return new Result(SignInOutcome.NOT_VERIFIED, null);
            }
            default -> {
                em.createQuery("delete from SignInFailure f where f.email = :email").setParameter("email", email).executeUpdate();
                audit.record(email, AuditAction.SIGNED_IN, email, null);
                return new Result(SignInOutcome.SUCCESS, user);
            }
        }
    }

    public void signedOut(String email) {
        audit.record(email, AuditAction.SIGNED_OUT, email, null);
    }

    private List<Instant> recentFailures(String email, Instant since) {
        return em.createQuery("select f.failedAt from SignInFailure f where f.email = :email and f.failedAt > :since order by f.failedAt", Instant.class)
                .setParameter("email", email)
                .setParameter("since", since)
                .getResultList();
    }
}
