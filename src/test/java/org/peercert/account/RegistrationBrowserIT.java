package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Journeys;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;

/** An applicant registers, confirms by the emailed link, signs in, lands home and signs out; resets a password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationBrowserIT {

    private static final String PASSWORD = "maple river lantern";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private Mailbox mailbox;
    private Browser browser;

    @BeforeEach
    void start() {
        mailbox = new Mailbox().start();
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        mailbox.close();
    }

    private void fillRegistration(String email, String password) {
        browser.open("/account/register.xhtml");
        browser.type("#register\\:firstName", "Jordan");
        browser.type("#register\\:lastName", "O'Neil-Ramírez");
        browser.type("#register\\:email", email);
        browser.type("#register\\:dateOfBirth_input", "02/29/1992");
        browser.type("#register\\:password", password);
        browser.click("#register\\:submit");
    }

    @Test
    void applicantRegistersConfirmsEmailSignsInAndOut() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        fillRegistration(email, PASSWORD);
        browser.waitForText("Check your email");
        browser.screenshot("register-done");

        Message verification = mailbox.awaitMessage(email, "Confirm your email", Duration.ofSeconds(20));
        browser.driver().get(Mailbox.link(verification));
        browser.waitForText("Your email address is confirmed");
        browser.screenshot("verify-email-done");

        browser.driver().get(Mailbox.link(verification));
        browser.waitForText("This link was already used");

        browser.signInThroughThePage(email, PASSWORD);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/applicant/index.xhtml"), browser.driver().getCurrentUrl());
        browser.waitForText("Signed in as Jordan O'Neil-Ramírez");
        browser.checkAccessibility();
        browser.screenshot("applicant-home");
        assertTrue(!browser.text().contains("Audit trail"), "an applicant sees no admin menu");

        browser.signOut();
        browser.waitForText("You are signed out");
    }

    @Test
    void badInputGetsAMessageNextToTheFieldAndKeepsWhatWasTyped() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        fillRegistration(email, "short");
        browser.waitForText("Use at least 12 characters");
        browser.screenshot("register-error");
        assertEquals(email, browser.find("#register\\:email").getAttribute("value"));
        assertEquals("Jordan", browser.find("#register\\:firstName").getAttribute("value"));

        browser.type("#register\\:password", "1qaz2wsx3edc");
        browser.click("#register\\:submit");
        browser.waitForText("one of the most common");
    }

    @Test
    void everyFieldAtFaultIsToldAtOnceAndAnElevenYearOldIsRefused() {
        browser.open("/account/register.xhtml");
        browser.type("#register\\:email", "not-an-email");
        browser.type("#register\\:dateOfBirth_input", UsDates.typed(PortalTime.today().minusYears(11)));
        browser.type("#register\\:password", "short");
        browser.click("#register\\:submit");
        browser.waitForText("You must be at least 16 years old to open an account.");
        String page = browser.text();
        for (String message : List.of("Enter your legal first name.", "Enter your legal last name.", "Enter an email address like name@example.org.",
                "Use at least 12 characters.")) {
            assertTrue(page.contains(message), message + " is missing from:\n" + page);
        }
        assertEquals("register:firstName", browser.driver().switchTo().activeElement().getAttribute("id"), "the cursor is in the first field at fault");
        assertEquals("not-an-email", browser.find("#register\\:email").getAttribute("value"));
        browser.screenshot("register-all-errors");
    }

    @Test
    void wrongPasswordGetsAMessageThatRevealsNothing() {
        browser.signInThroughThePage("nobody-" + UUID.randomUUID() + "@example.org", "some wrong password");
        browser.waitForText("The email or password is not right");
        browser.screenshot("login-error");
    }

    @Test
    void forgottenPasswordIsResetByTheEmailedLink() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        Journeys.registerAndConfirm(browser, mailbox, "Jordan", "Reset", email, PASSWORD);

        browser.open("/account/forgot-password.xhtml");
        browser.type("#forgot\\:email", email);
        browser.click("#forgot\\:send");
        browser.waitForText("we sent it a link");

        Message reset = mailbox.awaitMessage(email, "Reset your " + TestAccounts.PROGRAM + " password", Duration.ofSeconds(20));
        browser.driver().get(Mailbox.link(reset));
        browser.waitForText("Choose a new password");
        browser.screenshot("set-password");
        browser.type("#setPassword\\:password", "winter harbor violin");
        browser.type("#setPassword\\:confirmation", "winter harbor violin");
        browser.click("#setPassword\\:save");
        browser.waitForText("Your password is changed");

        browser.signInThroughThePage(email, "winter harbor violin");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/applicant/index.xhtml"));

        browser.driver().get(Mailbox.link(reset));
        browser.waitForText("This link was already used");
    }
}
