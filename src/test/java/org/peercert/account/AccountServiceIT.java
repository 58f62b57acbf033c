package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditFilter;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** Accounts end to end inside the server: registration, links, reset, throttling, invitations, roles, audit. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String GOOD_PASSWORD = "lantern orchard quietly";
    /** Client addresses from the documentation ranges (RFC 5737), each test its own, as the throttle counts per address. */
    private static final AtomicInteger LAST_ADDRESS = new AtomicInteger();
    private final String home = "192.0.2." + LAST_ADDRESS.incrementAndGet();
    private final String stranger = "198.51.100." + LAST_ADDRESS.get();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    SignInService signIn;

    @Inject
    AuditService audit;

    @Inject
    TestData data;

    @Inject
    MailTemplates templates;

    @Inject
    TestAccounts people;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** The test's own administrator. */
    private String admin;

    @BeforeEach
    void makeAdministrator() {
        admin = people.create(Role.ADMIN, "Avery", "Admin");
    }

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    private String registered() {
        String email = uniqueEmail();
        accounts.register(new Registration("Rosa", "Parks-Díaz", email, LocalDate.of(1985, 2, 28), GOOD_PASSWORD));
        return email;
    }

    @Test
    void registrationCreatesPendingApplicantAndQueuesVerificationMail() {
        String email = registered();
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertEquals(UserStatus.PENDING_VERIFICATION, account.getStatus());
        assertEquals(Set.of(Role.APPLICANT), account.getRoles());
        assertEquals(List.of("Confirm your email address for " + TestAccounts.PROGRAM), data.mailSubjectsTo(email));
        assertEquals(List.of("REGISTERED"), data.auditActionsAbout(email));
        String body = data.mailBodiesTo(email).get(0);
        assertTrue(body.endsWith("\n\n" + TestAccounts.OFFICE_NAME + "\n900 SW Jackson St, Topeka, KS 66612\n" + TestAccounts.OFFICE_PHONE
                + " · certification@peercert.example\nMonday to Friday, 8 a.m. to 5 p.m."), "#28: the configured office signs the mail: " + body);
    }

    @Test
    void aPasswordHashedBeforeArgon2idStillSignsInAndIsHashedAgainWithArgon2id() {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        assertTrue(data.passwordHashOf(email).startsWith("$argon2id$v=19$"), "#24: new passwords are hashed with Argon2id");
        data.storePasswordHash(email, pbkdf2.generate(GOOD_PASSWORD.toCharArray()));

        assertEquals(SignInOutcome.INVALID, signIn.signIn(email, "not the password", home).outcome());
        assertTrue(data.passwordHashOf(email).startsWith("PBKDF2WithHmacSHA256:"), "a wrong password changes nothing");
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
        String replaced = data.passwordHashOf(email);
        assertTrue(replaced.startsWith("$argon2id$v=19$"), replaced);
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
        assertEquals(replaced, data.passwordHashOf(email), "a current hash is kept");
    }

    @Test
    void unverifiedApplicantCannotSignInYet() {
        String email = registered();
        assertEquals(SignInOutcome.NOT_VERIFIED, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
    }

    @Test
    void everyMailToAPersonWithAnAccountIsAlsoOnTheirNotificationsPageButNotTheAccountsSecurityMails() {
        String email = registered();
        assertEquals(List.of(), data.noticeSubjectsTo(email), "the verification link stays in the inbox");
        data.send(templates.render("application-submitted", email, "Rosa", "APP-2026-000001", "https://portal/applicant", "Jan 4, 2027"));
        assertEquals(List.of("We received your application APP-2026-000001"), data.noticeSubjectsTo(email));

        String stranger = "nobody-" + UUID.randomUUID() + "@example.test";
        data.send(templates.render("application-submitted", stranger, "Nobody", "APP-2026-000002", "https://portal/applicant", "Jan 4, 2027"));
        assertEquals(List.of(), data.noticeSubjectsTo(stranger), "no account, no notice");
        assertEquals(1, data.mailSubjectsTo(stranger).size(), "the mail goes all the same");
    }

    @Test
    void duplicateRegistrationMakesNoSecondAccountAndMailsTheOwner() {
        String email = registered();
        accounts.register(new Registration("Someone", "Else", email.toUpperCase(), LocalDate.of(1990, 1, 1), "another fine passphrase"));
        assertEquals(1, data.accountsWithEmail(email));
        assertTrue(data.mailSubjectsTo(email).contains("Someone tried to register with your email address"));
        assertTrue(data.auditActionsAbout(email).contains("REGISTRATION_DUPLICATE"));
    }

    @Test
    void verificationLinkWorksOnceThenSignInSucceeds() {
        String email = registered();
        String token = data.tokenFromMail(email, "Confirm");
        assertEquals(UserStatus.ACTIVE, accounts.verifyEmail(token).getStatus());
        LinkProblem reused = assertThrows(LinkProblem.class, () -> accounts.verifyEmail(token));
        assertEquals(LinkProblem.Reason.USED, reused.reason());
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
        assertTrue(data.auditActionsAbout(email).containsAll(List.of("EMAIL_VERIFIED", "SIGNED_IN")));
    }

    @Test
    void expiredVerificationLinkIsRefusedAndANewOneCanBeSent() {
        String email = registered();
        String token = data.tokenFromMail(email, "Confirm");
        data.expireLinksOf(email);
        assertEquals(LinkProblem.Reason.EXPIRED, assertThrows(LinkProblem.class, () -> accounts.verifyEmail(token)).reason());
        accounts.resendVerification(email);
        String fresh = data.tokenFromMail(email, "Confirm");
        assertEquals(UserStatus.ACTIVE, accounts.verifyEmail(fresh).getStatus());
    }

    @Test
    void unknownLinkIsRefused() {
        assertEquals(LinkProblem.Reason.UNKNOWN, assertThrows(LinkProblem.class, () -> accounts.verifyEmail("not-a-token")).reason());
    }

    private static FieldProblem onlyProblem(InvalidFields refused) {
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        return refused.problems().get(0);
    }

    @Test
    void shortAndCommonPasswordsAreRefusedWithAMessageForTheField() {
        FieldProblem shortOne = onlyProblem(assertThrows(InvalidFields.class, () -> accounts.register(
                new Registration("Ana", "Lopez", uniqueEmail(), LocalDate.of(1990, 1, 1), "short"))));
        assertEquals("password", shortOne.field());
        assertEquals("account.password.tooShort", shortOne.messageKey());
        FieldProblem common = onlyProblem(assertThrows(InvalidFields.class, () -> accounts.register(
                new Registration("Ana", "Lopez", uniqueEmail(), LocalDate.of(1990, 1, 1), "1qaz2wsx3edc"))));
        assertEquals("account.password.tooCommon", common.messageKey());
    }

    @Test
    void invalidEmailAndFutureBirthDateAreRefused() {
        assertEquals("email", onlyProblem(assertThrows(InvalidFields.class, () -> accounts.register(
                new Registration("Ana", "Lopez", "not-an-email", LocalDate.of(1990, 1, 1), GOOD_PASSWORD)))).field());
        assertEquals("account.dateOfBirth.implausible", onlyProblem(assertThrows(InvalidFields.class, () -> accounts.register(
                new Registration("Ana", "Lopez", uniqueEmail(), PortalTime.today().plusDays(1), GOOD_PASSWORD)))).messageKey());
    }

    @Test
    void aBirthDateUnderSixteenYearsAgoIsRefusedAndEveryFieldAtFaultIsToldAtOnce() {
        LocalDate today = PortalTime.today();
        InvalidFields refused = assertThrows(InvalidFields.class, () -> accounts.register(
                new Registration("", "Lopez", "not-an-email", today.minusYears(16).plusDays(1), "short")));
        assertEquals(List.of("firstName:account.firstName.required", "email:account.email.invalid",
                        "dateOfBirth:account.dateOfBirth.tooYoung", "password:account.password.tooShort"),
                refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        String sixteenToday = uniqueEmail();
        accounts.register(new Registration("Ana", "Lopez", sixteenToday, today.minusYears(16), GOOD_PASSWORD));
        assertTrue(accounts.findByEmail(sixteenToday).isPresent(), "sixteen today may register");
    }

    @Test
    void passwordResetSetsTheNewPasswordAndTheLinkWorksOnce() {
        String email = registered();
        accounts.requestPasswordReset(email);
        String token = data.tokenFromMail(email, "Reset");
        assertEquals(TokenPurpose.RESET_PASSWORD, accounts.checkPasswordLink(token));
        accounts.setPasswordByLink(token, "a brand new passphrase");
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, "a brand new passphrase", home).outcome());
        assertEquals(SignInOutcome.INVALID, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
        assertThrows(LinkProblem.class, () -> accounts.setPasswordByLink(token, "yet another passphrase"));
        assertTrue(data.mailSubjectsTo(email).contains("Your " + TestAccounts.PROGRAM + " password was changed"));
    }

    @Test
    void aNewResetLinkRetiresTheOlderOne() {
        String email = registered();
        accounts.requestPasswordReset(email);
        String first = data.tokenFromMail(email, "Reset");
        accounts.requestPasswordReset(email);
        String second = data.tokenFromMail(email, "Reset");
        assertEquals(LinkProblem.Reason.USED, assertThrows(LinkProblem.class, () -> accounts.checkPasswordLink(first)).reason());
        assertEquals(TokenPurpose.RESET_PASSWORD, accounts.checkPasswordLink(second));
    }

    @Test
    void resetForAnUnknownEmailSendsNothing() {
        String email = uniqueEmail();
        accounts.requestPasswordReset(email);
        assertTrue(data.mailSubjectsTo(email).isEmpty());
        assertEquals(List.of("PASSWORD_RESET_REQUESTED"), data.auditActionsAbout(email));
    }

    @Test
    void tenFailedSignInsThrottleTheEmailEvenWithTheRightPassword() {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        for (int i = 0; i < 10; i++) {
            assertEquals(SignInOutcome.INVALID, signIn.signIn(email, "wrong password " + i, home).outcome());
        }
        assertEquals(SignInOutcome.THROTTLED, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
        assertTrue(data.auditActionsAbout(email).contains("SIGN_IN_THROTTLED"));
    }

    /** Issue #22, finding 3: a stranger's ten wrong passwords hold back the stranger, not the owner. */
    @Test
    void aStrangersGuessesDoNotLockTheOwnerOut() {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        for (int i = 0; i < 10; i++) {
            signIn.signIn(email, "stranger's guess " + i, stranger);
        }
        assertEquals(SignInOutcome.THROTTLED, signIn.signIn(email, GOOD_PASSWORD, stranger).outcome());
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, GOOD_PASSWORD, home).outcome(), "the owner signs in from home");
    }

    @Test
    void oneAddressTryingFiftyEmailsIsHeldBackForEveryEmail() {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        for (int i = 0; i < 50; i++) {
            assertEquals(SignInOutcome.INVALID, signIn.signIn(uniqueEmail(), "one password for many", stranger).outcome());
        }
        assertEquals(SignInOutcome.THROTTLED, signIn.signIn(email, GOOD_PASSWORD, stranger).outcome(), "the address is held back");
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
    }

    @Test
    void anEmailIsHeldBackEverywhereOnlyAfterAHundredFailuresAndAResetLiftsIt() {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        for (int i = 0; i < 100; i++) {
            assertEquals(SignInOutcome.INVALID, signIn.signIn(email, "guess " + i, "203.0.113." + i).outcome());
        }
        assertEquals(SignInOutcome.THROTTLED, signIn.signIn(email, GOOD_PASSWORD, home).outcome(), "a hundred failures from anywhere");
        accounts.requestPasswordReset(email);
        accounts.setPasswordByLink(data.tokenFromMail(email, "Reset"), "a brand new passphrase");
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, "a brand new passphrase", home).outcome(), "a completed reset lifts it");
    }

    @Test
    void parallelGuessesCannotSlipPastTheThrottle() throws Exception {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<SignInOutcome>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int guess = i;
                attempts.add(pool.submit(() -> signIn.signIn(email, "parallel guess " + guess, home).outcome()));
            }
            long invalid = 0;
            for (var attempt : attempts) {
                if (attempt.get() == SignInOutcome.INVALID) {
                    invalid++;
                }
            }
            assertEquals(10, invalid, "exactly the allowed number of guesses is checked; the rest are throttled");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void throttlingDoesNotRevealWhetherAnAccountExists() {
        String nobody = uniqueEmail();
        for (int i = 0; i < 10; i++) {
            assertEquals(SignInOutcome.INVALID, signIn.signIn(nobody, "guess " + i, home).outcome());
        }
        assertEquals(SignInOutcome.THROTTLED, signIn.signIn(nobody, "guess 11", home).outcome());
    }

    @Test
    void invitationCreatesAccountWithRolesThatIsActiveOnceThePasswordIsSet() {
        String email = uniqueEmail();
        administration.invite(admin, new Invitation("Tia", "Trainer", email, EnumSet.of(Role.TRAINER, Role.SUPERVISOR)));
        assertEquals(UserStatus.INVITED, accounts.findByEmail(email).orElseThrow().getStatus());
        String token = data.tokenFromMail(email, "invited");
        assertEquals(TokenPurpose.INVITATION, accounts.checkPasswordLink(token));
        accounts.setPasswordByLink(token, GOOD_PASSWORD);
        SignInService.Result result = signIn.signIn(email, GOOD_PASSWORD, home);
        assertEquals(SignInOutcome.SUCCESS, result.outcome());
        assertEquals(EnumSet.of(Role.TRAINER, Role.SUPERVISOR), result.account().getRoles());
        assertTrue(data.auditActionsAbout(email).containsAll(List.of("ACCOUNT_INVITED", "INVITATION_ACCEPTED")));
    }

    @Test
    void invitingAnExistingEmailIsRefused() {
        String email = registered();
        AccountProblem problem = assertThrows(AccountProblem.class, () ->
                administration.invite(admin, new Invitation("X", "Y", email, Set.of(Role.STAFF))));
        assertEquals("account.invite.exists", problem.messageKey());
    }

    @Test
    void roleChangeIsAuditedWithBeforeAndAfter() {
        String email = registered();
        long id = accounts.findByEmail(email).orElseThrow().getId();
        administration.changeRoles(admin, id, EnumSet.of(Role.APPLICANT, Role.SUPERVISOR));
        assertEquals(EnumSet.of(Role.APPLICANT, Role.SUPERVISOR), accounts.findByEmail(email).orElseThrow().getRoles());
        var events = audit.find(new AuditFilter(null, AuditAction.ROLES_CHANGED, email, null, null), 0, 10);
        assertEquals(1, events.total());
        assertEquals(admin, events.rows().get(0).getActor());
        assertEquals("Applicant or certificant -> Supervisor, Applicant or certificant", events.rows().get(0).getDetails());
    }

    @Test
    void administratorCannotRemoveTheirOwnAdminRole() {
        long adminId = accounts.findByEmail(admin).orElseThrow().getId();
        AccountProblem problem = assertThrows(AccountProblem.class, () ->
                administration.changeRoles(admin, adminId, Set.of(Role.STAFF)));
        assertEquals("account.roles.ownAdmin", problem.messageKey());
    }

    @Test
    void anotherAdministratorCanBeDemotedButTheLastOneCannotLeave() {
        String email = uniqueEmail();
        administration.invite(admin, new Invitation("Second", "Admin", email, Set.of(Role.ADMIN)));
        long id = accounts.findByEmail(email).orElseThrow().getId();
        long adminId = accounts.findByEmail(admin).orElseThrow().getId();
        // The portal keeps an active administrator: the test makes its own the only one for its duration.
        List<Long> setAside = data.setAsideActiveAdministratorsBut(adminId);
        try {
            assertEquals("account.disable.self", assertThrows(AccountProblem.class, () -> administration.disable(admin, adminId)).messageKey());
            assertEquals("account.roles.ownAdmin", assertThrows(AccountProblem.class,
                    () -> administration.changeRoles(admin, adminId, Set.of(Role.STAFF))).messageKey());
            assertEquals("account.notAdministrator", assertThrows(AccountProblem.class, () -> administration.disable(email, adminId)).messageKey(),
                    "the invited administrator may not act before accepting");
        } finally {
            data.restoreActive(setAside);
        }
        administration.changeRoles(admin, id, Set.of(Role.STAFF));
        assertEquals(Set.of(Role.STAFF), accounts.findByEmail(email).orElseThrow().getRoles());
    }

    /** Issue #22, finding 10: reset and resend mails to one address stop after five in an hour, the answer unchanged. */
    @Test
    void resetAndResendMailsToOneAddressStopAfterFiveAnHour() {
        String pending = registered();
        for (int i = 0; i < 6; i++) {
            accounts.resendVerification(pending);
        }
        assertEquals(6, data.mailSubjectsTo(pending).size(), "the registration's mail and five resent, not six");

        String verified = registered();
        accounts.verifyEmail(data.tokenFromMail(verified, "Confirm"));
        for (int i = 0; i < 6; i++) {
            accounts.requestPasswordReset(verified);
        }
        assertEquals(5, data.mailSubjectsTo(verified).stream().filter(subject -> subject.contains("Reset")).count());
        assertTrue(data.auditActionsAbout(verified).contains("PASSWORD_RESET_REQUESTED"), "the sixth is audited too");
    }

    /** Issue #22, finding 10: the services check the administrator themselves, not only the page's address. */
    @Test
    void onlyAnActiveAdministratorMayInviteChangeRolesDisableOrReset() {
        String email = registered();
        long id = accounts.findByEmail(email).orElseThrow().getId();
        String staff = people.create(Role.STAFF, "Sam", "Staffer");
        for (org.junit.jupiter.api.function.Executable act : List.<org.junit.jupiter.api.function.Executable>of(
                () -> administration.invite(staff, new Invitation("No", "Body", uniqueEmail(), Set.of(Role.STAFF))),
                () -> administration.changeRoles(staff, id, Set.of(Role.ADMIN)),
                () -> administration.disable(staff, id),
                () -> administration.enable(email, id))) {
            assertEquals("account.notAdministrator", assertThrows(AccountProblem.class, act).messageKey());
        }
        assertEquals(Set.of(Role.APPLICANT), accounts.findByEmail(email).orElseThrow().getRoles(), "nothing changed");
    }

    @Test
    void disabledAccountCannotSignIn() {
        String email = registered();
        accounts.verifyEmail(data.tokenFromMail(email, "Confirm"));
        long id = accounts.findByEmail(email).orElseThrow().getId();
        administration.disable(admin, id);
        assertEquals(SignInOutcome.DISABLED, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
        administration.enable(admin, id);
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, GOOD_PASSWORD, home).outcome());
    }

    @Test
    void auditTrailIsFilterableByActorActionAndDateAndPaged() {
        String email = registered();
        for (int i = 0; i < 3; i++) {
            signIn.signIn(email, "wrong " + i, home);
        }
        var failures = audit.find(new AuditFilter(email, AuditAction.SIGN_IN_FAILED, null, PortalTime.today(), PortalTime.today()), 0, 2);
        assertEquals(3, failures.total());
        assertEquals(2, failures.rows().size());
        var none = audit.find(new AuditFilter(email, AuditAction.SIGN_IN_FAILED, null, PortalTime.today().minusDays(3), PortalTime.today().minusDays(2)), 0, 10);
        assertEquals(0, none.total());
    }
}
