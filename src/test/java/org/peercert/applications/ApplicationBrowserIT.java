package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures.Stage;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Journeys;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.PortalTime;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** From an empty draft to ELIGIBLE in the browser: an applicant applies with a real upload, staff review and decide. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";

    /** The people this class acts as, its own. */
    private static String applicantEmail;
    private static String staffEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        applicantEmail = ServerFixtures.account("Alex", "Applicant", Role.APPLICANT);
        staffEmail = ServerFixtures.account("Sam", "Staffer", Role.STAFF);
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

    /** A new applicant with a confirmed account (registering through the pages is RegistrationBrowserIT's subject). */
    private static void register(String email) {
        ServerFixtures.applicant(Stage.REGISTERED, email, "Robin", "Okafor", LocalDate.of(1988, 7, 4), PASSWORD);
    }

    /** A new applicant, registered and signed in, on step 1 of an application just started. */
    private static void startApplication(Browser browser, String email) {
        register(email);
        browser.signIn(email, PASSWORD);
        browser.click("#start\\:startApplication");
        browser.waitForText("Personal details");
    }

    private static void tick(Browser browser, String checkboxId) {
        browser.click(browser.driver().findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box")));
    }

    @Test
    void whatIsTypedIsSavedWhenTheApplicantPausesAndIsThereOnAnotherDevice() {
        String email = "pause-" + UUID.randomUUID() + "@example.org";
        try (Browser laptop = new Browser(); Browser phone = new Browser(375, 812)) {
            startApplication(laptop, email);
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
            register(email);
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

            new Select(applicant.find("#app\\:kind")).selectByVisibleText("High-school diploma");
            WebElement fileInput = applicant.driver().findElement(By.cssSelector("#app input[type=file]"));
            fileInput.sendKeys(executableNamedPdf().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Only PDF, JPEG or PNG files are accepted");
            new Select(applicant.find("#app\\:kind")).selectByVisibleText("High-school diploma");
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
            assertEquals("Sent: waiting for review", applicant.find("#applicationStatus").getText());
            applicant.screenshot("applicant-progress");
            mailbox.expect(email, "We received your application", "We received your certification application", "State staff aim to decide by");
            applicant.reopen();
            assertEquals("Sent: waiting for review", applicant.find("#applicationStatus").getText(), "a reload shows the sent application");

            PortalClient otherApplicant = new PortalClient();
            otherApplicant.signIn(applicantEmail, TestAccounts.PASSWORD);
            String documentPath = downloadHref.substring(downloadHref.indexOf("/documents/"));
            assertEquals(403, otherApplicant.get(documentPath).status(), "another applicant must not download the document");

            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/index.xhtml");
            int waiting = Integer.parseInt(staff.find("#work-unassigned .work-count__number").getText());
            assertTrue(waiting >= 1, "the submission is counted among those nobody has picked up: " + waiting);
            staff.click("#work-unassigned");
            staff.waitForText("Any track");
            assertTrue(staff.driver().getCurrentUrl().endsWith("/staff/applications.xhtml?status=SUBMITTED"), staff.driver().getCurrentUrl());
            assertEquals("Sent: waiting for review", staff.find("#queue\\:status_label").getText(), "the count opens the list filtered");
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
            staff.waitForTextIn("#reviewStatus", "Being reviewed by state staff");
            String reviewAddress = staff.reopen();
            assertTrue(reviewAddress.contains("review.xhtml?id="), reviewAddress);
            staff.waitForTextIn("#reviewStatus", "Being reviewed by state staff");

            // First round: the scan is refused with its reason and returned; only the documents reopen.
            staff.type("input[id$=':rejectReason']", "Too dark to read the date.");
            staff.click("button[title='Reject diploma-scan.png']");
            staff.waitForText("Not accepted");
            staff.click("label[for='review:decision:1']");
            staff.click("label[for='review:reopen:2']");
            staff.type("#review\\:reason", "The scan is too dark to read; upload a clearer copy.");
            staff.click("#review\\:decide");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForTextIn("#reviewStatus", "Returned for changes");
            mailbox.expect(email, "needs changes", "Please fix the following", "The scan is too dark to read",
                    "diploma-scan.png", "Too dark to read the date.");

            applicant.open("/applicant/application.xhtml");
            applicant.waitForText("The scan is too dark to read");
            assertTrue(applicant.text().contains("diploma-scan.png") && applicant.text().contains("Too dark to read the date."),
                    "the page names the refused document and why: " + applicant.text());
            assertTrue(applicant.find("#app\\:file").isDisplayed(), "the application opens at the part staff returned");
            applicant.screenshot("application-returned");
            applicant.open("/applicant/application.xhtml?step=1");
            assertTrue(!applicant.find("#app\\:city").isEnabled(), "personal details stay closed");
            applicant.click("#app\\:next");
            applicant.click("#app\\:next");
            applicant.waitForText("Upload your high-school diploma");
            new Select(applicant.find("#app\\:kind")).selectByVisibleText("High-school diploma");
            applicant.driver().findElement(By.cssSelector("#app input[type=file]")).sendKeys(diplomaScan().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Uploaded diploma-scan.png");
            applicant.click("#app\\:next");
            applicant.waitForText("Review and sign");
            tick(applicant, "app:attests");
            applicant.type("#app\\:signature", "Robin Okafor");
            applicant.click("#app\\:submit");
            applicant.waitForText("Your application is submitted");
            Message resubmitted = mailbox.expect(staffEmail, "Resubmitted to you: application", "Robin Okafor fixed and resubmitted application",
                    "in its first place in the queue");

            // Second round: a background check is recorded, the new scan accepted.
            // The resubmission is back in review with the reviewer who returned it: no "Start review" to click again.
            staff.driver().get(Mailbox.link(resubmitted));
            String reviewPath = reviewAddress.substring(reviewAddress.indexOf("/staff/"));
            assertTrue(staff.driver().getCurrentUrl().endsWith(reviewPath), "the mail's link opens the same review: " + staff.driver().getCurrentUrl());
            staff.waitForTextIn("#reviewStatus", "Being reviewed by state staff");
            assertTrue(staff.find("#submittedWhen").getText().contains("resubmitted"), staff.find("#submittedWhen").getText());
            assertTrue(staff.driver().findElements(By.id("review:startReview")).isEmpty(), "nothing to pick up again");
            new Select(staff.find("#review\\:checkKind")).selectByVisibleText("Criminal history");
            new Select(staff.find("#review\\:checkResult")).selectByVisibleText("Clear");
            staff.type("#review\\:performedOn_input", UsDates.typed(PortalTime.today().minusDays(2)));
            staff.type("#review\\:source", "Kansas Bureau of Investigation");
            staff.type("#review\\:reference", "KBI-2026-0042");
            staff.click("#review\\:recordCheck");
            staff.waitForText("KBI-2026-0042");
            assertTrue(staff.find("#review\\:checks").getText().contains("Done"));
            staff.screenshot("staff-background-check");
            staff.click(staff.driver().findElements(By.cssSelector("button[title='Accept diploma-scan.png']")).get(1));
            staff.waitForText("Accepted");
            staff.click("label[for='review:decision:0']");
            staff.screenshot("staff-review");
            staff.click("#review\\:decide");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForTextIn("#reviewStatus", "Eligible");
            staff.screenshot("staff-decided");
            staff.reopen();
            staff.waitForTextIn("#reviewStatus", "Eligible");

            mailbox.expect(email, "you are eligible", "you are eligible and may now enrol in the basic training");
            applicant.open("/applicant/index.xhtml");
            assertEquals("Eligible", applicant.find("#applicationStatus").getText());
            assertTrue(applicant.text().contains("Enrol in a 40-hour basic training cohort"));
        }
    }

    private Path onePagePdf() throws IOException {
        Path pdf = files.resolve("reference-letter.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.LETTER));
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private Path fileOf(String name, long bytes) throws IOException {
        Path file = files.resolve(name);
        try (java.io.RandomAccessFile sized = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sized.setLength(bytes);
        }
        return file;
    }

    private static String messageBeside(Browser browser, String fieldId) {
        return browser.find("#app\\:" + fieldId).findElement(By.xpath(
                "./ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message-error') or contains(@class,'message--error')]")).getText();
    }

    @Test
    void eachInvalidFieldKeepsTheApplicantOnTheStepWithItsMessageBesideIt() throws IOException {
        String email = "fields-" + UUID.randomUUID() + "@example.org";
        try (Browser applicant = new Browser(390, 844)) {
            startApplication(applicant, email);
            applicant.type("#app\\:postalCode", "ABC");
            applicant.type("#app\\:phone", "12");
            applicant.click("#app\\:next");
            applicant.waitForText("Enter a ZIP code of 5 digits");
            assertEquals("Enter your street address.", messageBeside(applicant, "address"));
            assertEquals("Enter your city.", messageBeside(applicant, "city"));
            assertEquals("Choose your state.", messageBeside(applicant, "state"));
            assertEquals("Enter a ZIP code of 5 digits, or 9 digits as 66601-1234.", messageBeside(applicant, "postalCode"));
            assertEquals("Enter a phone number of 10 digits, for example 785-555-0100.", messageBeside(applicant, "phone"));
            assertEquals("ABC", applicant.find("#app\\:postalCode").getAttribute("value"), "what was typed is kept");
            assertEquals("app:address", applicant.driver().switchTo().activeElement().getAttribute("id"), "the cursor is in the first field at fault");
            assertTrue(applicant.find("#app\\:address").isDisplayed(), "still on step 1");
            applicant.screenshot("application-step1-invalid-phone");

            applicant.type("#app\\:dateOfBirth_input", "02/30/1990");
            Journeys.fillAddress(applicant);
            applicant.find("#app\\:postalCode").clear();
            applicant.type("#app\\:postalCode", "666011234");
            applicant.click("#app\\:next");
            applicant.waitForText("is not a date");
            applicant.find("#app\\:dateOfBirth_input").clear();
            applicant.type("#app\\:dateOfBirth_input", "12/31/1990");
            applicant.click("#app\\:next");
            applicant.waitForText("Your recovery statement");
            assertTrue(applicant.driver().getCurrentUrl().endsWith("step=2"), applicant.driver().getCurrentUrl());

            applicant.type("#app\\:statement", "Better");
            applicant.click("#app\\:next");
            applicant.waitForText("you have written 6");
            assertEquals("Tick this box to confirm your lived experience: certification requires it.", messageBeside(applicant, "lived"));
            tick(applicant, "app:lived");
            applicant.type("#app\\:statement", " every day since I joined a peer support group nine years ago.");
            applicant.click("#app\\:next");
            applicant.waitForText("Upload your high-school diploma");

            applicant.click("#app\\:upload");
            applicant.waitForText("Choose a file first");
            new Select(applicant.find("#app\\:kind")).selectByVisibleText("High-school diploma");
            applicant.find("#app input[type=file]").sendKeys(diplomaScan().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Uploaded diploma-scan.png");

            long limit = Long.parseLong(applicant.find("#app\\:file").getAttribute("data-max-bytes"));
            applicant.find("#app input[type=file]").sendKeys(fileOf("limit-plus-one.pdf", limit + 1).toString());
            applicant.waitForText("files here may be at most 10 MB");
            assertEquals("", applicant.find("#app\\:file").getAttribute("value"), "the page refuses the file before sending it");

            ((org.openqa.selenium.JavascriptExecutor) applicant.driver()).executeScript(
                    "document.getElementById('app:file').removeAttribute('data-max-bytes')");
            new Select(applicant.find("#app\\:kind")).selectByVisibleText("GED or equivalency certificate");
            applicant.find("#app input[type=file]").sendKeys(fileOf("limit-plus-one.pdf", limit + 1).toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("That file is larger than 10 MB");

            ((org.openqa.selenium.JavascriptExecutor) applicant.driver()).executeScript(
                    "document.getElementById('app:file').removeAttribute('data-max-bytes')");
            applicant.find("#app input[type=file]").sendKeys(fileOf("scan-25mb.pdf", 25L * 1024 * 1024).toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("(25 MB) is far larger than this page accepts");
            assertTrue(applicant.driver().getCurrentUrl().endsWith("step=3"), "back on the documents step");
            assertTrue(applicant.text().contains("diploma-scan.png"), "the earlier upload is still there");
            applicant.screenshot("application-upload-too-large");

            PortalClient sameApplicant = new PortalClient();
            sameApplicant.signIn(email, PASSWORD);
            PortalClient.Page refused = sameApplicant.postUpload("/applicant/application.xhtml", "/applicant/application.xhtml?step=3",
                    200L * 1024 * 1024);
            assertEquals(303, refused.status());
            assertTrue(refused.location().endsWith("/applicant/application.xhtml?step=3"), refused.location());
            String documentsStep = sameApplicant.get("/applicant/application.xhtml?step=3").body();
            assertTrue(documentsStep.contains("(200 MB) is far larger than this page accepts"), "the portal's message on the same step");
            assertTrue(documentsStep.contains("diploma-scan.png"), "the earlier upload is intact");

            applicant.open("/applicant/application.xhtml?step=3");
            new Select(applicant.find("#app\\:kind")).selectByVisibleText("GED or equivalency certificate");
            Path mistake = Files.copy(diplomaScan(), files.resolve("ged-by-mistake.png"));
            applicant.find("#app input[type=file]").sendKeys(mistake.toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Uploaded ged-by-mistake.png");
            applicant.click("button[aria-label='Remove ged-by-mistake.png']");
            applicant.click(".ui-confirmdialog-yes");
            applicant.waitForText("Removed ged-by-mistake.png.");
            String documents = applicant.find("#app\\:documentList").getText();
            assertTrue(!documents.contains("ged-by-mistake.png") && documents.contains("diploma-scan.png"), documents);

            new Select(applicant.find("#app\\:kind")).selectByVisibleText("Other supporting document");
            applicant.find("#app input[type=file]").sendKeys(onePagePdf().toString());
            applicant.click("#app\\:upload");
            applicant.waitForText("Uploaded reference-letter.pdf");
            List<String> hrefs = applicant.driver().findElements(By.cssSelector("#app\\:documentList a[href*='/documents/download']")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            String pdfPath = hrefs.get(hrefs.size() - 1).substring(hrefs.get(hrefs.size() - 1).indexOf("/documents/"));
            PortalClient staff = new PortalClient();
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            HttpResponse<byte[]> preview = staff.download(pdfPath + "&preview=true");
            assertEquals(200, preview.statusCode());
            assertEquals("image/png", preview.headers().firstValue("Content-Type").orElse(""), "staff see the PDF's first page as a picture");
            assertEquals(1000, ImageIO.read(new ByteArrayInputStream(preview.body())).getWidth());

            applicant.open("/applicant/application.xhtml?step=1");
            assertEquals("66601-1234", applicant.find("#app\\:postalCode").getAttribute("value"), "the draft is intact, its ZIP code in one form");
            assertEquals("12/31/1990", applicant.find("#app\\:dateOfBirth_input").getAttribute("value"));
            applicant.open("/applicant/application.xhtml");
            applicant.waitForText("Review and sign");
            assertTrue(applicant.text().contains("Dec 31, 1990"), "review lists the birth date in words");
            assertTrue(applicant.text().contains("12 Elm Street, Topeka, Kansas 66601-1234"), "review lists the address");
            assertTrue(applicant.text().contains("785-555-0100"));
            assertTrue(!applicant.text().contains("R-ELIG"), "no rule ids for applicants");
            applicant.screenshot("application-review-phone");
        }
    }
}
