package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * Issue #22 in the browser: a staff member turns on two-step sign-in with an authenticator app, keeps the recovery
 * codes, then signs in with the password and a recovery code (a wrong code first, the same recovery code refused the
 * second time); an administrator resets it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aStaffMemberTurnsItOnSignsInWithARecoveryCodeAndAnAdministratorResetsIt() {
        String staff = ServerFixtures.account("Tess", "Twostep", Role.STAFF);
        String recoveryCode;
        try (Browser browser = new Browser()) {
            browser.signIn(staff, TestAccounts.PASSWORD);
            browser.click(browser.driver().findElement(By.id("twoStepLink")));
            browser.waitForText("Add a second step to your sign-in");
            String secret = browser.find("#secret").getText();
            assertTrue(browser.find("#setUp\\:qr").getAttribute("src").startsWith("data:image/png;base64,"), "a QR code to scan");
            browser.screenshot("two-step-set-up");
            browser.type("#setUp\\:code", OneTimeCodes.code(new Base32().decode(secret.replace(" ", "")), OneTimeCodes.stepOf(PortalTime.now())));
            browser.click("#setUp\\:confirm");
            browser.waitForText("Two-step sign-in is on.");
            List<String> codes = browser.driver().findElements(By.cssSelector("#recoveryCodes li")).stream().map(WebElement::getText).toList();
            assertEquals(10, codes.size(), codes.toString());
            recoveryCode = codes.get(0);
            browser.screenshot("two-step-recovery-codes");
            browser.click("#codes\\:carryOn");
            browser.waitForText("Signed in as");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/staff/index.xhtml"), browser.driver().getCurrentUrl());
            browser.signOut();

            browser.signInThroughThePage(staff, TestAccounts.PASSWORD);
            browser.waitForText("Open the authenticator app on your phone");
            assertTrue(browser.driver().getCurrentUrl().contains("/account/sign-in-code.xhtml"), "the password alone does not sign in");
            browser.type("#second\\:code", "000000");
            browser.click("#second\\:check");
            browser.waitForText("That code is not right.");
            browser.screenshot("two-step-code-wrong");
            browser.type("#second\\:code", recoveryCode);
            browser.click("#second\\:check");
            browser.waitForText("Signed in as");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/staff/index.xhtml"), browser.driver().getCurrentUrl());
            browser.open("/account/two-step.xhtml");
            browser.waitForText("You have 9 unused recovery codes.");
            browser.signOut();

            browser.signInThroughThePage(staff, TestAccounts.PASSWORD);
            browser.waitForText("Open the authenticator app on your phone");
            browser.type("#second\\:code", recoveryCode);
            browser.click("#second\\:check");
            browser.waitForText("That code is not right.");
        }

        try (Browser admin = new Browser()) {
            admin.signIn(ServerFixtures.account("Avery", "Admin", Role.ADMIN), TestAccounts.PASSWORD);
            admin.open("/admin/users.xhtml");
            admin.type("#users\\:search", staff);
            admin.click("#users\\:find");
            admin.click("button[title='Reset the two-step sign-in of " + staff + "']");
            admin.click(".ui-confirmdialog-yes");
            admin.waitForText("The two-step sign-in of " + staff + " is reset");
        }
        try (Browser browser = new Browser()) {
            browser.signInThroughThePage(staff, TestAccounts.PASSWORD);
            browser.waitForText("Signed in as");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/staff/index.xhtml"), "after the reset, no role on this server needs it");
        }
    }

    @Test
    void theSetUpPageFitsAPhone() {
        try (Browser phone = new Browser(390, 844)) {
            phone.signIn(ServerFixtures.account("Pat", "Phone", Role.AGENCY_ADMIN), TestAccounts.PASSWORD);
            phone.open("/account/two-step.xhtml");
            phone.waitForText("Or type this key:");
            Number scroll = (Number) ((JavascriptExecutor) phone.driver()).executeScript("return document.documentElement.scrollWidth");
            assertTrue(scroll.intValue() <= 390, "no sideways scrolling on a phone: " + scroll + " px");
            phone.screenshot("two-step-set-up-phone");
        }
    }

    @Test
    void theSecondStepsPagesSendAnyoneElseToSignIn() {
        for (String page : List.of("/account/sign-in-code.xhtml", "/account/two-step.xhtml")) {
            var answer = new org.peercert.testing.PortalClient().get(page);
            assertEquals(302, answer.status(), page);
            assertTrue(answer.location().endsWith("/login.xhtml"), page + " went to " + answer.location());
        }
    }
}
