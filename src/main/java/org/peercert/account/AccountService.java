package org.peercert.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;

/**
 * Accounts: registration, email verification, password reset, invitations and roles. The only writer
 * of accounts and their tokens. Answers that could reveal whether an email has an account
 * (registration, reset) are the same either way; the owner is told by mail instead.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String VERIFY_PAGE = "/account/verify.xhtml?token=";
    static final String SET_PASSWORD_PAGE = "/account/set-password.xhtml?token=";
    static final String SIGN_IN_PAGE = "/login.xhtml";
    static final String FORGOT_PAGE = "/account/forgot-password.xhtml";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    @PersistenceContext
    EntityManager em;

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

    private PasswordRules passwordRules;

    @PostConstruct
    void loadRules() {
        passwordRules = new PasswordRules(policy.passwordMinLength(), policy.passwordMaxLength(), CommonPasswords.load());
    }

    /** Opens an applicant's account; refuses with every field at fault at once ({@link InvalidFields}). */
    public void register(Registration form) {
        List<FieldProblem> problems = new ArrayList<>();
        collect(problems, () -> requireText("firstName", form.firstName()));
        collect(problems, () -> requireText("lastName", form.lastName()));
        collect(problems, () -> requireEmail(form.email()));
        collect(problems, () -> requireRegistrationBirthDate(form.dateOfBirth()));
        collect(problems, () -> requireAcceptablePassword("password", form.password()));
        InvalidFields.throwIfAny(problems);
        String email = requireEmail(form.email());
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
        findByEmail(email)
                .filter(account -> account.getStatus() == UserStatus.PENDING_VERIFICATION)
                .ifPresent(account -> {
                    sendVerification(account);
                    audit.record(email, AuditAction.VERIFICATION_RESENT, email, null);
                });
    }

    public UserAccount verifyEmail(String token) {
        AccountToken link = usableLink(token, EnumSet.of(TokenPurpose.VERIFY_EMAIL));
        link.use(clock.instant());
        UserAccount account = link.getUser();
        account.emailVerified(clock.instant());
        audit.record(account.getEmail(), AuditAction.EMAIL_VERIFIED, account.getEmail(), null);
        return account;
    }

    public void requestPasswordReset(String typedEmail) {
        String email = EmailAddress.normalize(typedEmail);
        Optional<UserAccount> account = findByEmail(email).filter(a -> a.getStatus() != UserStatus.DISABLED);
        account.ifPresent(a -> {
            retireOpenLinks(a, TokenPurpose.RESET_PASSWORD);
            String token = issueToken(a, TokenPurpose.RESET_PASSWORD, policy.resetLinkValidity());
            outbox.enqueue(templates.render("password-reset", a.getEmail(), a.getFirstName(),
                    urls.absolute(SET_PASSWORD_PAGE + token), hours(policy.resetLinkValidity())));
        });
        audit.record(email, AuditAction.PASSWORD_RESET_REQUESTED, email, account.isPresent() ? null : "No such account; nothing sent");
    }

    /** Checks a reset or invitation link before the person types a new password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenPurpose checkPasswordLink(String token) {
        return usableLink(token, EnumSet.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.INVITATION)).getPurpose();
    }

    public UserAccount setPasswordByLink(String token, String password) {
        AccountToken link = usableLink(token, EnumSet.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.INVITATION));
        requireAcceptablePassword("password", password);
        Instant now = clock.instant();
        link.use(now);
        UserAccount account = link.getUser();
        account.passwordSetByEmailLink(hasher.hash(password), now);
        retireOpenLinks(account, link.getPurpose());
        em.createQuery("delete from SignInFailure f where f.email = :email").setParameter("email", account.getEmail()).executeUpdate();
        outbox.enqueue(templates.render("password-changed", account.getEmail(), account.getFirstName(), urls.absolute(FORGOT_PAGE)));
        audit.record(account.getEmail(), link.getPurpose() == TokenPurpose.INVITATION ? AuditAction.INVITATION_ACCEPTED
                : AuditAction.PASSWORD_CHANGED, account.getEmail(), null);
        return account;
    }

    public UserAccount invite(String actor, Invitation invitation) {
        String email = requireEmail(invitation.email());
        requireText("firstName", invitation.firstName());
        requireText("lastName", invitation.lastName());
        if (invitation.roles() == null || invitation.roles().isEmpty()) {
            throw new AccountProblem("roles", "account.roles.required");
        }
        if (findByEmail(email).isPresent()) {
            throw new AccountProblem("email", "account.invite.exists");
        }
        UserAccount account = UserAccount.invited(email, invitation.firstName(), invitation.lastName(), invitation.roles(), clock.instant());
        em.persist(account);
        sendInvitation(account);
        audit.record(actor, AuditAction.ACCOUNT_INVITED, email, "Roles: " + labels(account.getRoles()));
        return account;
    }

    public void resendInvitation(String actor, long userId) {
        UserAccount account = require(userId);
        if (account.getStatus() != UserStatus.INVITED) {
            throw new AccountProblem(null, "account.invite.notPending");
        }
        retireOpenLinks(account, TokenPurpose.INVITATION);
        sendInvitation(account);
        audit.record(actor, AuditAction.ACCOUNT_INVITED, account.getEmail(), "Invitation sent again");
    }

    public void changeRoles(String actor, long userId, Set<Role> roles) {
        UserAccount account = require(userId);
        if (roles == null || roles.isEmpty()) {
            throw new AccountProblem("roles", "account.roles.required");
        }
        if (account.getEmail().equals(actor) && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new AccountProblem("roles", "account.roles.ownAdmin");
        }
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        String before = labels(account.getRoles());
        account.replaceRoles(roles);
        audit.record(actor, AuditAction.ROLES_CHANGED, account.getEmail(), before + " -> " + labels(roles));
    }

    public void disable(String actor, long userId) {
        UserAccount account = require(userId);
        if (account.getEmail().equals(actor)) {
            throw new AccountProblem(null, "account.disable.self");
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.disable();
        audit.record(actor, AuditAction.ACCOUNT_DISABLED, account.getEmail(), null);
    }

    public void enable(String actor, long userId) {
        UserAccount account = require(userId);
        account.enable();
        audit.record(actor, AuditAction.ACCOUNT_ENABLED, account.getEmail(), null);
    }

    /** Demo data only (peercert.demo.seed): an active account with a known password, created once. */
    public void ensureDemoAccount(String email, String firstName, String lastName, LocalDate dateOfBirth,
                                  Set<Role> roles, String password) {
        if (findByEmail(email).isEmpty()) {
            em.persist(UserAccount.activeDemo(EmailAddress.normalize(email), firstName, lastName, dateOfBirth, roles,
                    hasher.hash(password), clock.instant()));
            audit.record(AuditService.SYSTEM, AuditAction.REGISTERED, email, "Demo account, roles: " + labels(roles));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", EmailAddress.normalize(email))
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<UserAccount> findUsers(String search, Role role, int first, int pageSize) {
        String where = " where (:search is null or lower(u.email) like :search or lower(u.lastName) like :search or lower(u.firstName) like :search)"
                + (role == null ? "" : " and :role member of u.roles");
        TypedQuery<UserAccount> page = em.createQuery("select u from UserAccount u" + where + " order by u.lastName, u.firstName, u.id", UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        String pattern = search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase() + "%";
        page.setParameter("search", pattern);
        count.setParameter("search", pattern);
        if (role != null) {
            page.setParameter("role", role);
            count.setParameter("role", role);
        }
        return new Paging<>(page.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PasswordRules passwordRules() {
        return passwordRules;
    }

    private void sendVerification(UserAccount account) {
        retireOpenLinks(account, TokenPurpose.VERIFY_EMAIL);
        String token = issueToken(account, TokenPurpose.VERIFY_EMAIL, policy.verificationLinkValidity());
        outbox.enqueue(templates.render("verify-email", account.getEmail(), account.getFirstName(),
                urls.absolute(VERIFY_PAGE + token), hours(policy.verificationLinkValidity())));
    }

    private void sendInvitation(UserAccount account) {
        String token = issueToken(account, TokenPurpose.INVITATION, policy.invitationLinkValidity());
        outbox.enqueue(templates.render("invitation", account.getEmail(), account.getFirstName(),
                labels(account.getRoles()), urls.absolute(SET_PASSWORD_PAGE + token), hours(policy.invitationLinkValidity())));
    }

    private String issueToken(UserAccount account, TokenPurpose purpose, Duration validity) {
        String token = AccountTokens.newToken();
        Instant now = clock.instant();
        em.persist(new AccountToken(account, AccountTokens.hash(token), purpose, now, now.plus(validity)));
        return token;
    }

    private AccountToken usableLink(String token, Set<TokenPurpose> purposes) {
        if (token == null || token.isBlank()) {
            throw new LinkProblem(LinkProblem.Reason.UNKNOWN);
        }
        AccountToken link = em.createQuery("select t from AccountToken t join fetch t.user where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", AccountTokens.hash(token.strip()))
                .getResultStream().findFirst()
                .filter(t -> purposes.contains(t.getPurpose()))
                .orElseThrow(() -> new LinkProblem(LinkProblem.Reason.UNKNOWN));
        return switch (link.stateAt(clock.instant())) {
            case VALID -> link;
            case USED -> throw new LinkProblem(LinkProblem.Reason.USED);
            case EXPIRED -> throw new LinkProblem(LinkProblem.Reason.EXPIRED);
        };
    }

    /** A new link, or a new password, makes the account's other open links of the same purpose worthless. */
    private void retireOpenLinks(UserAccount account, TokenPurpose purpose) {
        Instant now = clock.instant();
        em.createQuery("select t from AccountToken t where t.user = :user and t.purpose = :purpose and t.usedAt is null", AccountToken.class)
                .setParameter("user", account).setParameter("purpose", purpose)
                .getResultList().stream()
                .filter(t -> t.stateAt(now) == AccountToken.State.VALID)
                .forEach(t -> t.use(now));
    }

    /** The portal always keeps one active administrator, so nobody is locked out of administration. */
    private void requireAnotherActiveAdmin(UserAccount leaving) {
        long others = em.createQuery("select count(u) from UserAccount u where :admin member of u.roles and u.status = :active and u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("active", UserStatus.ACTIVE).setParameter("id", leaving.getId())
                .getSingleResult();
        if (others == 0) {
            throw new AccountProblem("roles", "account.roles.lastAdmin");
        }
    }

    private UserAccount require(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null) {
            throw new AccountProblem(null, "account.notFound");
        }
        return account;
    }

    private String requireEmail(String typed) {
        String email = EmailAddress.normalize(typed);
        if (email.isEmpty()) {
            throw new AccountProblem("email", "account.email.required");
        }
        if (!EmailAddress.isPlausible(email)) {
            throw new AccountProblem("email", "account.email.invalid");
        }
        return email;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new AccountProblem(field, "account." + field + ".required");
        }
        if (value.strip().length() > 100) {
            throw new AccountProblem(field, "account.name.tooLong");
        }
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

    private static String labels(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
