package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** Issue #22 inside the server: setting up an authenticator, a wrong code, a reused code, recovery codes, the throttle, the reset. */
@ExtendWith(ArquillianExtension.class)
class TwoStepIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TwoStepService twoStep;

    @Inject
    AccountService accounts;

    @Inject
    TestAccounts people;

    @Inject
    TestData data;

    @Inject
    Clock clock;

    private UserAccount person() {
        return accounts.findByEmail(people.create(Role.STAFF, "Tess", "Twostep")).orElseThrow();
    }

    /** What the person's authenticator app shows, this many steps from now. */
    private String appCode(TwoStepService.SetUp setUp, int stepsFromNow) {
        return OneTimeCodes.code(new Base32().decode(setUp.typableSecret().replace(" ", "")), OneTimeCodes.stepOf(clock.instant()) + stepsFromNow);
    }

    private List<String> setUp(UserAccount person, TwoStepService.SetUp setUp) {
        return twoStep.confirm(person, appCode(setUp, 0));
    }

    @Test
    void settingUpTakesTheAppsFirstCodeAndGivesTenRecoveryCodesOnce() {
        UserAccount person = person();
        TwoStepService.SetUp setUp = twoStep.begin(person);
        assertTrue(setUp.otpauthUri().startsWith("otpauth://totp/" + TestAccounts.PROGRAM.replace(" ", "%20") + ":"
                + person.getEmail().replace("@", "%40") + "?secret="), "the app names the state's program: " + setUp.otpauthUri());
        assertEquals("twostep.wrongCode", assertThrows(AccountProblem.class, () -> twoStep.confirm(person, "000000")).messageKey());
        assertFalse(twoStep.isSetUp(person.getId()));

        List<String> codes = setUp(person, setUp);

        assertEquals(10, codes.size());
        assertTrue(twoStep.isSetUp(person.getId()));
        assertEquals(10, twoStep.unusedRecoveryCodes(person.getId()));
        assertEquals(SecondStep.CODE, twoStep.after(person), "asked for a code from now on, whatever the roles");
        assertEquals("twostep.alreadySetUp", assertThrows(AccountProblem.class, () -> twoStep.begin(person)).messageKey());
        assertTrue(data.auditActionsAbout(person.getEmail()).contains("TWO_STEP_SET_UP"));
    }

    @Test
    void aCodeWorksOnceAndAWrongOneIsRefused() {
        UserAccount person = person();
        TwoStepService.SetUp setUp = twoStep.begin(person);
        String used = appCode(setUp, 0);
        twoStep.confirm(person, used);

        assertEquals(TwoStepService.Outcome.WRONG, twoStep.check(person, used), "the set-up's code is used up");
        assertEquals(TwoStepService.Outcome.WRONG, twoStep.check(person, "123456".equals(appCode(setUp, 1)) ? "654321" : "123456"));
        String next = appCode(setUp, 1);
        assertEquals(TwoStepService.Outcome.PASSED, twoStep.check(person, next), "the next step's code, typed as it changes");
        assertEquals(TwoStepService.Outcome.WRONG, twoStep.check(person, next), "and only once");
        assertTrue(data.auditActionsAbout(person.getEmail()).containsAll(List.of("TWO_STEP_PASSED", "TWO_STEP_FAILED")));
    }

    @Test
    void aRecoveryCodeWorksOnceWhateverTheCaseAndHyphens() {
        UserAccount person = person();
        List<String> codes = setUp(person, twoStep.begin(person));
        String code = codes.get(3);

        assertEquals(TwoStepService.Outcome.PASSED, twoStep.check(person, code.toUpperCase().replace("-", " ")));
        assertEquals(9, twoStep.unusedRecoveryCodes(person.getId()));
        assertEquals(TwoStepService.Outcome.WRONG, twoStep.check(person, code), "a recovery code used twice");
        assertEquals(TwoStepService.Outcome.PASSED, twoStep.check(person, codes.get(4)), "another one still works");
    }

    @Test
    void fiveWrongCodesHoldTheSecondStepBackEvenForARightCode() {
        UserAccount person = person();
        TwoStepService.SetUp setUp = twoStep.begin(person);
        List<String> codes = setUp(person, setUp);
        for (int i = 0; i < 5; i++) {
            assertEquals(TwoStepService.Outcome.WRONG, twoStep.check(person, "zzzzz-zzzz" + i));
        }
        assertEquals(TwoStepService.Outcome.THROTTLED, twoStep.check(person, codes.get(0)));
        assertEquals(10, twoStep.unusedRecoveryCodes(person.getId()), "a held-back check uses nothing up");
        assertTrue(data.auditActionsAbout(person.getEmail()).contains("TWO_STEP_THROTTLED"));
    }

    @Test
    void anAdministratorsResetClearsItAuditsItAndMailsThePerson() {
        UserAccount person = person();
        List<String> codes = setUp(person, twoStep.begin(person));
        String admin = people.create(Role.ADMIN, "Avery", "Admin");

        twoStep.reset(admin, person);

        assertFalse(twoStep.isSetUp(person.getId()));
        assertEquals(0, twoStep.unusedRecoveryCodes(person.getId()), "the old recovery codes are gone");
        assertEquals(SecondStep.NONE, twoStep.after(person), "no role needs it on this server, so the password alone again");
        assertTrue(data.mailSubjectsTo(person.getEmail()).contains("Your " + TestAccounts.PROGRAM + " two-step sign-in was reset"));
        assertTrue(data.auditActionsAbout(person.getEmail()).contains("TWO_STEP_RESET"));
        assertEquals("twostep.notBegun", assertThrows(AccountProblem.class, () -> twoStep.check(person, codes.get(0))).messageKey());
        assertTrue(twoStep.begin(person).typableSecret().length() > 0, "and it can be set up anew");
    }
}
