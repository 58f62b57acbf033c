package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.peercert.account.Role;
import org.peercert.testing.ApplicationFixtures.Stage;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * R-TRN-3 in the browser: staff issue an applicant's certificate from the readiness view and suspend it; the public
 * finds it suspended on /verify; a verifier sees the holder's credential suspended; staff reinstate it and the holder
 * sets it inactive. The applicant's name is like no other in the run (DemoSeedIT's Robin Ready among them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateBrowserIT {

    private static final Pattern NUMBER = Pattern.compile("PS-CPS-\\d{4}-\\d{6}");

    /** The people this class acts as, its own. */
    private static String staffEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        staffEmail = ServerFixtures.account("Sam", "Staffer", Role.STAFF);
    }

    @Test
    void staffIssueAndSuspendTheCertificateAndThePublicAndTheHolderSeeItSuspended() {
        String holderEmail = ServerFixtures.applicant(Stage.READY, TestAccounts.emailFor(Role.APPLICANT), "Robin", "Readywell",
                LocalDate.of(1986, 2, 20), TestAccounts.PASSWORD);
        String number;
        String credential;
        Mailbox mailbox = new Mailbox().start();
        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/readiness.xhtml");
            staff.type("#readiness\\:search", "Readywell, Robin");
            staff.click("#readiness\\:find");
            staff.waitForText("Robin Readywell");
            staff.screenshot("staff-readiness-issue");
            WebElement row = staff.driver().findElement(By.xpath("//tr[td[contains(., 'Robin Readywell')]]"));
            staff.click(row.findElement(By.cssSelector("button[id$=':issue']")));
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("issued; the holder has been mailed");
            Matcher issued = NUMBER.matcher(staff.text());
            assertTrue(issued.find(), staff.text());
            number = issued.group();
            assertFalse(staff.text().contains("Robin Readywell"), "an issued applicant leaves the readiness view");
            mailbox.expect(holderEmail, "Your peer specialist certificate " + number, "Your certificate number is " + number);

            staff.open("/staff/certificates.xhtml");
            staff.type("#list\\:text", "Readywell");
            staff.click("#list\\:find");
            staff.waitForText(number);
            staff.click(staff.driver().findElement(By.linkText(number)));
            staff.waitForText("Suspend");
            staff.type("#suspend\\:reason", "A complaint is under review.");
            staff.click("#suspend\\:doSuspend");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("is suspended; the holder has been mailed");
            staff.reopen();
            staff.waitForText(number);
            assertEquals("Suspended", staff.find("#certificateStatus").getText(), "the reopened page shows the same certificate");
            assertTrue(staff.text().contains("Certificate suspended"), "the history shows the change");
            staff.screenshot("staff-certificate-suspended");
        }
        mailbox.expect(holderEmail, "Your certificate " + number + " is suspended", "Reason: A complaint is under review.",
                "you may not practise or bill as a certified peer specialist");

        try (Browser visitor = new Browser()) {
            visitor.open("/verify");
            visitor.type("#lastName", "readywell");
            visitor.type("#firstName", "Rob");
            visitor.click("#search");
            visitor.waitForText("Suspended: not valid for practice");
            assertTrue(visitor.text().contains(number));
            assertFalse(visitor.text().contains("1986-02-20"), "never the date of birth");
            assertFalse(visitor.text().contains("complaint"), "never the staff's reason");
            visitor.screenshot("public-verify-by-name");

            visitor.open("/verify/" + number);
            visitor.waitForText("Robin Readywell");
            visitor.type("#number", "<script>alert(1)</script>");
            visitor.click("#check");
            visitor.waitForText("That is not a certificate number");
            assertEquals("<script>alert(1)</script>", visitor.find("#number").getAttribute("value"), "what was typed stays, as text");
            assertEquals("true", visitor.find("#number").getAttribute("aria-invalid"), "the field is marked for screen readers");
        }

        try (Browser holder = new Browser()) {
            holder.signIn(holderEmail, TestAccounts.PASSWORD);
            holder.waitForText("Your certificates");
            assertTrue(holder.text().contains(number) && holder.text().contains("Suspended"), holder.text());
            String meaning = holder.find(".certificate-meaning").getText();
            assertTrue(meaning.startsWith("Suspended since ") && meaning.contains("Reason: A complaint is under review.")
                    && meaning.contains("You may not practise or bill as a certified peer specialist"), meaning);
            assertFalse(holder.text().contains("Your path to a certificate"), "a holder's home leads with the certificate, not the application");
            assertFalse(holder.text().contains("Ask for an early review"), "nor offers the applicant's early criminal-history review");
            assertTrue(holder.driver().findElement(By.cssSelector("a.wall-pdf")).getAttribute("href").contains("number=" + number));
            holder.screenshot("holder-certificate-suspended");
            credential = (String) ((JavascriptExecutor) holder.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.querySelector('a.credential-download').href).then(r => r.text()).then(done);");
        }

        try (Browser verifier = new Browser()) {
            verifier.open("/verify.xhtml");
            verifier.type("#byCredential\\:credential", credential);
            verifier.click("#byCredential\\:checkCredential");
            verifier.waitForText("Not a valid credential");
            assertTrue(verifier.find("#verdictMessage").getText().toLowerCase().contains("suspended"), verifier.find("#verdictMessage").getText());
            verifier.screenshot("public-verify-credential");
        }

        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/certificates.xhtml");
            staff.click(staff.driver().findElement(By.linkText(number)));
            staff.waitForText("Reinstate");
            staff.click("#reinstate\\:doReinstate");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("is active again; the holder has been mailed");
            staff.reopen();
            staff.waitForText(number);
            assertEquals("Active", staff.find("#certificateStatus").getText());
        }
        mailbox.expect(holderEmail, "Your certificate " + number + " is active again", "is active again; it is valid until");

        try (Browser holder = new Browser()) {
            holder.signIn(holderEmail, TestAccounts.PASSWORD);
            holder.waitForText("Your certificates");
            assertTrue(holder.driver().findElements(By.cssSelector(".certificate-meaning")).isEmpty(), "an active certificate needs no warning");
            holder.click("button[id$='doInactivate']");
            holder.click(".ui-confirmdialog-yes");
            holder.waitForText("is now inactive");
            assertTrue(holder.text().contains("Inactive at the holder's request"), holder.text());
        }
    }
}
