package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.testing.Browser;
import org.peercert.testing.DemoUsers;
import org.peercert.testing.Journeys;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;

/** From an empty draft to ELIGIBLE in the browser: an applicant applies with a real upload, staff review and decide. */
@ExtendWith(ArquillianExtension.class)
class ApplicationBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @TempDir
    Path files;

    private Path diplomaScan() throws IOException {
        Path png = files.resolve("diploma-scan.png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        return png;
    }

    private Path executableNamedPdf() throws IOException {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        return Files.write(files.resolve("diploma.pdf"), exe);
    }

    private static void register(Browser browser, Mailbox mailbox, String email) {
        Journeys.registerAndConfirm(browser, mailbox, "Robin", "Okafor", email, PASSWORD);
    }

    private static void tick(Browser browser, String checkboxId) {
        browser.click(browser.driver().findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box")));
    }

    @Test
    void whatIsTypedIsSavedWhenTheApplicantPausesAndIsThereOnAnotherDevice() {
        String email = "pause-" + UUID.randomUUID() + "@example.org";
        try (Mailbox mailbox = new Mailbox().start(); Browser laptop = new Browser(); Browser phone = new Browser(375, 812)) {
            register(laptop, mailbox, email);
            laptop.signIn(email, PASSWORD);
            laptop.click("#start\\:startApplication");
            laptop.waitForText("Personal details");
            laptop.type("#app\\:city", "Wichita");
            laptop.type("#app\\:phone", "316-555-0199");
            laptop.waitForText("Your draft is saved");

            phone.signIn(email, PASSWORD);
            phone.open("/applicant/application.xhtml");
            assertEquals("Wichita", phone.find("#app\\:city").getAttribute("value"));
            assertEquals("316-555-0199", phone.find("#app\\:phone").getAttribute("value"));
            phone.screenshot("application-phone");
        }
    }

    @Test
    void applicantAppliesWithAnUploadAndStaffDecideEligible() throws IOException {
        String email = "applicant-" + UUID.randomUUID() + "@example.org";
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser staff = new Browser()) {
            register(applicant, mailbox, email);
            applicant.signIn(email, PASSWORD);
            applicant.waitForText("Apply for certification");
            applicant.screenshot("applicant-start");
            applicant.click("#start\\:startApplication");
            applicant.waitForText("Personal details");
            Journeys.fillAddress(applicant);
            applicant.screenshot("application-step1");
            applicant.click("#app\\:next");
            applicant.waitForText("Your recovery statement");
            tick(applicant, "app:lived");
            applicant.type("#app\\:statement", "I have been in recovery for nine years and co-lead a peer support group at our community center.");
            applicant.click("#app\\:next");
            applicant.waitForText("Upload your high-school diploma");

            WebElement fileInput = applicant.driver().findElement(By.cssSelector("#app input[type=file]"));
            fileInput.sendKeys(executableNamedPdf().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Only PDF, JPEG or PNG files are accepted");
            applicant.driver().findElement(By.cssSelector("#app input[type=file]")).sendKeys(diplomaScan().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Uploaded diploma-scan.png");
            applicant.screenshot("application-documents");
            String downloadHref = applicant.find("a[href*='/documents/download']").getAttribute("href");

            applicant.click("#app\\:next");
            applicant.waitForText("Review and sign");
            tick(applicant, "app:attests");
            applicant.type("#app\\:signature", "Robin Okafor");
            applicant.screenshot("application-sign");
            applicant.click("#app\\:submit");
            applicant.waitForText("Your application is submitted");
            assertEquals("SUBMITTED", applicant.find("#applicationStatus").getText());
            applicant.screenshot("applicant-progress");
            mailbox.awaitMessage(email, "We received your application", Duration.ofSeconds(20));

            PortalClient otherApplicant = new PortalClient();
            otherApplicant.signIn(DemoUsers.email(Role.APPLICANT), DemoUsers.PASSWORD);
            String documentPath = downloadHref.substring(downloadHref.indexOf("/documents/"));
            assertEquals(403, otherApplicant.get(documentPath).status(), "another applicant must not download the document");

            staff.signIn(DemoUsers.email(Role.STAFF), DemoUsers.PASSWORD);
            staff.open("/staff/applications.xhtml");
            staff.type("#queue\\:search", email);
            staff.click("#queue\\:find");
            staff.waitForText("Robin Okafor");
            staff.screenshot("staff-queue");
            staff.open("/staff/applications.xhtml?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
            staff.waitForText("Robin Okafor");
            assertEquals(email, staff.find("#queue\\:search").getAttribute("value"), "a bookmarked search fills the search field");
            staff.click("#queue\\:rows a[href*='review.xhtml']");
            staff.waitForText("Recovery statement");
            staff.click("#review\\:startReview");
            staff.waitForText("IN_REVIEW");

            // First round: the scan is returned; only the documents reopen.
            staff.click("label[for='review:decision:1']");
            staff.click("label[for='review:reopen:2']");
            staff.type("#review\\:reason", "The scan is too dark to read; upload a clearer copy.");
            staff.click("#review\\:decide");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("DEFICIENT");
            mailbox.awaitMessage(email, "needs changes", Duration.ofSeconds(20));

            applicant.open("/applicant/application.xhtml");
            applicant.waitForText("The scan is too dark to read");
            assertTrue(!applicant.find("#app\\:city").isEnabled(), "personal details stay closed");
            applicant.screenshot("application-returned");
            applicant.click("#app\\:next");
            applicant.click("#app\\:next");
            applicant.waitForText("Upload your high-school diploma");
            applicant.driver().findElement(By.cssSelector("#app input[type=file]")).sendKeys(diplomaScan().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Uploaded diploma-scan.png");
            applicant.click("#app\\:next");
            applicant.waitForText("Review and sign");
            tick(applicant, "app:attests");
            applicant.type("#app\\:signature", "Robin Okafor");
            applicant.click("#app\\:submit");
            applicant.waitForText("Your application is submitted");

            // Second round: a background check is recorded, the new scan accepted.
            staff.open(staff.driver().getCurrentUrl().substring(staff.driver().getCurrentUrl().indexOf("/staff/")));
            staff.click("#review\\:startReview");
            staff.waitForText("IN_REVIEW");
            new Select(staff.find("#review\\:checkKind")).selectByVisibleText("Criminal history");
            new Select(staff.find("#review\\:checkResult")).selectByVisibleText("CLEAR");
            staff.type("#review\\:performedOn_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString());
            staff.type("#review\\:source", "Kansas Bureau of Investigation");
            staff.type("#review\\:reference", "KBI-2026-0042");
            staff.click("#review\\:recordCheck");
            staff.waitForText("KBI-2026-0042");
            assertTrue(staff.find("#review\\:checks").getText().contains("SATISFIED"));
            staff.screenshot("staff-background-check");
            staff.click(staff.driver().findElements(By.cssSelector("button[title='Accept diploma-scan.png']")).get(1));
            staff.waitForText("ACCEPTED");
            staff.click("label[for='review:decision:0']");
            staff.screenshot("staff-review");
            staff.click("#review\\:decide");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("ELIGIBLE");
            staff.screenshot("staff-decided");

            mailbox.awaitMessage(email, "you are eligible", Duration.ofSeconds(20));
            applicant.open("/applicant/index.xhtml");
            assertEquals("ELIGIBLE", applicant.find("#applicationStatus").getText());
            assertTrue(applicant.text().contains("Enrol in a 40-hour basic training cohort"));
        }
    }
}
