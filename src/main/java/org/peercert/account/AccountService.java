package org.peercert.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.PortalUrls;

/**
 * Accounts as their owners keep them: registration, email verification, password reset, and the demo accounts.
 * Invitations, roles and disabling are {@link AccountAdministration}'s; one-time links are {@link AccountLinks}'.
 * Answers that could reveal whether an email has an account (registration, reset) are the same either way; the owner
 * is told by mail instead.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String VERIFY_PAGE = "/account/verify.xhtml?token=";
    static final String SET_PASSWORD_PAGE = "/account/set-password.xhtml?token=";
    static final String SIGN_IN_PAGE = "/login.xhtml";
    static final String FORGOT_PAGE = "/account/forgot-password.xhtml";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final String LIMIT_REACHED = "Hourly limit of link mails reached; nothing sent";

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInRecords signInRecords;

    @Inject
    Clock clock;

    @Inject
    AccountPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    AuditService audit;

    @Inject
    AccountLinks links;

    private PasswordRules passwordRules;

    @PostConstruct
    void loadRules() {
        passwordRules = new PasswordRules(policy.passwordMinLength(), policy.passwordMaxLength(), CommonPasswords.load());
    }

    /** Opens an applicant's account; refuses with every field at fault at once ({@link InvalidFields}). */
    public void register(Registration form) {
        List<FieldProblem> problems = new ArrayList<>();
        collect(problems, () -> AccountChecks.requireText("firstName", form.firstName()));
        collect(problems, () -> AccountChecks.requireText("lastName", form.lastName()));
        collect(problems, () -> AccountChecks.requireEmail(form.email()));
        collect(problems, () -> requireRegistrationBirthDate(form.dateOfBirth()));
        collect(problems, () -> requireAcceptablePassword("password", form.password()));
        InvalidFields.throwIfAny(problems);
        String email = AccountChecks.requireEmail(form.email());
        String hash = hasher.hash(form.password());

        Optional<UserAccount> existing = findByEmail(email);
        if (existing.isPresent()) {
            UserAccount owner = existing.get();
            outbox.enqueue(templates.render("registration-duplicate", owner.getEmail(),
                    owner.getFirstName(), urls.absolute(SIGN_IN_PAGE), urls.absolute(FORGOT_PAGE)));
            audit.record(email, AuditAction.REGISTRATION_DUPLICATE, email, "Registration attempted for an existing account");
            return;
        }
        UserAccount account = UserAccount.registeredApplicant(email, form.firstName(), form.lastName(),
                form.dateOfBirth(), hash, clock.instant());
        em.persist(account);
        sendVerification(account);
        audit.record(email, AuditAction.REGISTERED, email, "Applicant registered: " + account.getFullName());
    }

    public void resendVerification(String typedEmail) {
        String email = EmailAddress.normalize(typedEmail);
        if (linkMailLimitReached(email)) {
            audit.record(email, AuditAction.VERIFICATION_RESENT, email, LIMIT_REACHED);
            return;
        }
        findByEmail(email)
                .filter(account -> account.getStatus() == UserStatus.PENDING_VERIFICATION)
                .ifPresent(account -> {
                    sendVerification(account);
                    audit.record(email, AuditAction.VERIFICATION_RESENT, email, null);
                });
    }

    public UserAccount verifyEmail(String token) {
        AccountToken link = links.usable(token, EnumSet.of(TokenPurpose.VERIFY_EMAIL));
        link.use(clock.instant());
        UserAccount account = link.getUser();
        account.emailVerified(clock.instant());
        audit.record(account.getEmail(), AuditAction.EMAIL_VERIFIED, account.getEmail(), null);
        return account;
    }

    public void requestPasswordReset(String typedEmail) {
        String email = EmailAddress.normalize(typedEmail);
        if (linkMailLimitReached(email)) {
            audit.record(email, AuditAction.PASSWORD_RESET_REQUESTED, email, LIMIT_REACHED);
            return;
        }
        Optional<UserAccount> account = findByEmail(email).filter(a -> a.getStatus() != UserStatus.DISABLED);
        account.ifPresent(a -> {
            links.retireOpen(a, TokenPurpose.RESET_PASSWORD);
            String token = links.issue(a, TokenPurpose.RESET_PASSWORD, policy.resetLinkValidity());
            outbox.enqueue(templates.render("password-reset", a.getEmail(), a.getFirstName(),
                    urls.absolute(SET_PASSWORD_PAGE + token), hours(policy.resetLinkValidity())));
        });
        audit.record(email, AuditAction.PASSWORD_RESET_REQUESTED, email, account.isPresent() ? null : "No such account; nothing sent");
    }

    /** Checks a reset or invitation link before the person types a new password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenPurpose checkPasswordLink(String token) {
        return links.usable(token, EnumSet.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.INVITATION)).getPurpose();
    }

    public UserAccount setPasswordByLink(String token, String password) {
        AccountToken link = links.usable(token, EnumSet.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.INVITATION));
        requireAcceptablePassword("password", password);
        Instant now = clock.instant();
        link.use(now);
        UserAccount account = link.getUser();
        account.passwordSetByEmailLink(hasher.hash(password), now);
        links.retireOpen(account, link.getPurpose());
        signInRecords.forgetFailures(account.getEmail());
        outbox.enqueue(templates.render("password-changed", account.getEmail(), account.getFirstName(), urls.absolute(FORGOT_PAGE)));
        audit.record(account.getEmail(), link.getPurpose() == TokenPurpose.INVITATION ? AuditAction.INVITATION_ACCEPTED
                : AuditAction.PASSWORD_CHANGED, account.getEmail(), null);
        return account;
    }

    /** Demo data only (peercert.demo.seed): an active account with a known password, created once. */
    public void ensureDemoAccount(String email, String firstName, String lastName, LocalDate dateOfBirth,
                                  Set<Role> roles, String password) {
        if (findByEmail(email).isEmpty()) {
            em.persist(UserAccount.activeDemo(EmailAddress.normalize(email), firstName, lastName, dateOfBirth, roles,
                    hasher.hash(password), clock.instant()));
            audit.record(AuditService.SYSTEM, AuditAction.REGISTERED, email, "Demo account, roles: " + AccountChecks.labels(roles));
        }
    }

    /** Keeps a new hash of the password just verified, made outside the transaction (the hash is the slow part). */
    public void passwordRehashed(Long accountId, String newHash) {
        em.find(UserAccount.class, accountId).passwordRehashed(newHash);
    }

    /** The active accounts holding a role, by name: whom a role's mail goes to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> activeHoldersOf(Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.status = :active order by u.lastName, u.firstName",
                UserAccount.class).setParameter("role", role).setParameter("active", UserStatus.ACTIVE).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", EmailAddress.normalize(email))
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PasswordRules passwordRules() {
        return passwordRules;
    }

    /**
     * Issue #22, finding 10: reset and resend requests for one address in the last hour, counted from the audit trail;
     * past the limit nothing is sent, and the page answers as always, so nobody can flood an inbox.
     */
    private boolean linkMailLimitReached(String email) {
        long lastHour = audit.countsSince(List.of(email), List.of(AuditAction.PASSWORD_RESET_REQUESTED, AuditAction.VERIFICATION_RESENT), null,
                clock.instant().minus(Duration.ofHours(1))).getOrDefault(email, 0L);
        return lastHour >= policy.linkMailsPerHour();
    }

    private void sendVerification(UserAccount account) {
        links.retireOpen(account, TokenPurpose.VERIFY_EMAIL);
        String token = links.issue(account, TokenPurpose.VERIFY_EMAIL, policy.verificationLinkValidity());
        outbox.enqueue(templates.render("verify-email", account.getEmail(), account.getFirstName(),
                urls.absolute(VERIFY_PAGE + token), hours(policy.verificationLinkValidity())));
    }

    private void requireBirthDate(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            throw new AccountProblem("dateOfBirth", "account.dateOfBirth.required");
        }
        if (!dateOfBirth.isBefore(LocalDate.now(clock)) || dateOfBirth.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new AccountProblem("dateOfBirth", "account.dateOfBirth.implausible");
        }
    }

    private void requireRegistrationBirthDate(LocalDate dateOfBirth) {
        requireBirthDate(dateOfBirth);
        if (dateOfBirth.plusYears(policy.minimumRegistrationAge()).isAfter(LocalDate.now(clock))) {
            throw new AccountProblem("dateOfBirth", "account.dateOfBirth.tooYoung", policy.minimumRegistrationAge());
        }
    }

    private static void collect(List<FieldProblem> problems, Runnable check) {
        try {
            check.run();
        } catch (AccountProblem problem) {
            problems.add(new FieldProblem(problem.field(), problem.messageKey(), problem.arguments()));
        }
    }

    private void requireAcceptablePassword(String field, String password) {
        passwordRules.check(password).ifPresent(problem -> {
            throw switch (problem) {
                case TOO_SHORT -> new AccountProblem(field, "account.password.tooShort", passwordRules.minLength());
                case TOO_LONG -> new AccountProblem(field, "account.password.tooLong", passwordRules.maxLength());
                case TOO_COMMON -> new AccountProblem(field, "account.password.tooCommon");
            };
        });
    }

    private static long hours(Duration validity) {
        return validity.toHours();
    }
}
