package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.Office;
import org.peercert.platform.PortalUrls;

/**
 * Two-step sign-in (issue #22): setting up an authenticator app, checking its code (or a recovery code) after the
 * password, with a throttle of its own, and an administrator's reset. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class TwoStepService {

    /** What a code at the second step came to. */
    public enum Outcome { PASSED, WRONG, THROTTLED }

    /** What an authenticator app is given: the secret to type and the address its QR code carries. */
    public record SetUp(String typableSecret, String otpauthUri) implements java.io.Serializable {
    }

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** Its program's name labels the account in the authenticator app (#28). */
    @Inject
    Office office;

    @Inject
    Clock clock;

    @Inject
    AccountPolicy policy;

    @Inject
    AuditService audit;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    AccountService accounts;

    /** What follows this person's right password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecondStep after(UserAccount account) {
        return SecondStep.after(account.getRoles(), isSetUp(account.getId()), policy.twoStepRequiredRoles());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSetUp(long accountId) {
        TwoStepSecret secret = em.find(TwoStepSecret.class, accountId);
        return secret != null && secret.isConfirmed();
    }

    /** A new secret to set up (replacing one not confirmed yet); refused while one is set up. */
    public SetUp begin(UserAccount account) {
        TwoStepSecret existing = em.find(TwoStepSecret.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.isConfirmed()) {
            throw new AccountProblem("code", "twostep.alreadySetUp");
        }
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        byte[] secret = OneTimeCodes.newSecret(random);
        em.persist(new TwoStepSecret(account.getId(), secret, clock.instant()));
        return new SetUp(OneTimeCodes.typable(secret), OneTimeCodes.otpauthUri(office.getDetails().program(), account.getEmail(), secret));
    }

    /** The first right code sets it up; the ten recovery codes are returned to be shown once. */
    public List<String> confirm(UserAccount account, String typed) {
        TwoStepSecret secret = em.find(TwoStepSecret.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (secret == null || secret.isConfirmed()) {
            throw new AccountProblem("code", "twostep.notBegun");
        }
        if (!secret.accept(typed, clock.instant())) {
            throw new AccountProblem("code", "twostep.wrongCode");
        }
        secret.confirm(clock.instant());
        List<String> codes = RecoveryCodes.generate(random);
        codes.forEach(code -> em.persist(new TwoStepRecoveryCode(account.getId(), RecoveryCodes.hash(code))));
        audit.record(account.getEmail(), AuditAction.TWO_STEP_SET_UP, account.getEmail(), null);
        return codes;
    }

    /** The second step: the authenticator's code for a step not used yet, or an unused recovery code. */
    public Outcome check(UserAccount account, String typed) {
        Instant now = clock.instant();
        TwoStepSecret secret = em.find(TwoStepSecret.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (secret == null || !secret.isConfirmed()) {
            throw new AccountProblem("code", "twostep.notBegun");
        }
        SignInThrottle throttle = new SignInThrottle(policy.twoStepMaxFailures(), policy.failureWindow(), policy.lockout());
        if (throttle.throttledUntil(failuresSince(account.getId(), now.minus(throttle.lookBack())), now).isPresent()) {
            audit.record(account.getEmail(), AuditAction.TWO_STEP_THROTTLED, account.getEmail(), null);
            return Outcome.THROTTLED;
        }
        if (secret.accept(typed, now)) {
            audit.record(account.getEmail(), AuditAction.TWO_STEP_PASSED, account.getEmail(), "authenticator code");
            return Outcome.PASSED;
        }
        Optional<TwoStepRecoveryCode> recovery = RecoveryCodes.looksLikeOne(typed) ? unusedRecoveryCode(account.getId(), typed) : Optional.empty();
        if (recovery.isPresent()) {
            recovery.get().use(now);
            audit.record(account.getEmail(), AuditAction.TWO_STEP_PASSED, account.getEmail(), "recovery code, "
                    + unusedRecoveryCodes(account.getId()) + " left");
            return Outcome.PASSED;
        }
        em.persist(new TwoStepFailure(account.getId(), now));
        audit.record(account.getEmail(), AuditAction.TWO_STEP_FAILED, account.getEmail(), null);
        return Outcome.WRONG;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unusedRecoveryCodes(long accountId) {
        return em.createQuery("select count(c) from TwoStepRecoveryCode c where c.accountId = :a and c.usedAt is null", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** An administrator's reset, for a lost phone and no recovery code: set up again at the next sign-in. */
    public void reset(String adminEmail, UserAccount account) {
        AccountChecks.requireAdministrator(accounts.findByEmail(adminEmail));
        em.createQuery("delete from TwoStepRecoveryCode c where c.accountId = :a").setParameter("a", account.getId()).executeUpdate();
        em.createQuery("delete from TwoStepFailure f where f.accountId = :a").setParameter("a", account.getId()).executeUpdate();
        em.createQuery("delete from TwoStepSecret s where s.accountId = :a").setParameter("a", account.getId()).executeUpdate();
        audit.record(adminEmail, AuditAction.TWO_STEP_RESET, account.getEmail(), null);
        outbox.enqueue(templates.render("two-step-reset", account.getEmail(), account.getFirstName(), urls.absolute("/login.xhtml")));
    }

    private Optional<TwoStepRecoveryCode> unusedRecoveryCode(long accountId, String typed) {
        return em.createQuery("select c from TwoStepRecoveryCode c where c.accountId = :a and c.codeHash = :h and c.usedAt is null",
                TwoStepRecoveryCode.class).setParameter("a", accountId).setParameter("h", RecoveryCodes.hash(typed)).getResultStream().findFirst();
    }

    private List<Instant> failuresSince(long accountId, Instant since) {
        return em.createQuery("select f.failedAt from TwoStepFailure f where f.accountId = :a and f.failedAt > :since order by f.failedAt",
                Instant.class).setParameter("a", accountId).setParameter("since", since).getResultList();
    }
}
