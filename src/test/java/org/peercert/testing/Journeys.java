package org.peercert.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;

/** Steps several browser tests take the same way. */
public final class Journeys {

    private Journeys() {
    }

    /** Registers an applicant through the page and confirms the email by the link GreenMail received. */
    public static void registerAndConfirm(Browser browser, Mailbox mailbox, String firstName, String lastName, String email,
                                          String password) {
        browser.open("/account/register.xhtml");
        browser.type("#register\\:firstName", firstName);
        browser.type("#register\\:lastName", lastName);
        browser.type("#register\\:email", email);
        browser.type("#register\\:dateOfBirth_input", "07/04/1988");
        browser.type("#register\\:password", password);
        browser.click("#register\\:submit");
        browser.waitForText("Check your email");
        browser.driver().get(Mailbox.link(mailbox.awaitMessage(email, "Confirm your email", Duration.ofSeconds(20))));
        browser.waitForText("Your email address is confirmed");
    }

    /** Starts, completes and submits an application as the signed-in applicant, with a scanned diploma. */
    public static void submitApplication(Browser applicant, String firstName, String lastName) {
        applicant.open("/applicant/index.xhtml");
        applicant.click("#start\\:startApplication");
        applicant.waitForText("Personal details");
        fillAddress(applicant);
        applicant.click("#app\\:next");
        applicant.waitForText("Your recovery statement");
        applicant.click("#app\\:lived .ui-chkbox-box");
        applicant.type("#app\\:statement", "I have been in recovery for nine years and co-lead a peer support group at our community center.");
        applicant.click("#app\\:next");
        applicant.waitForText("Upload your high-school diploma");
        new Select(applicant.find("#app\\:kind")).selectByVisibleText("High-school diploma");
        applicant.driver().findElement(By.cssSelector("#app input[type=file]")).sendKeys(diplomaScan().toString());
        applicant.click("#app\\:upload");
        applicant.waitForText("Uploaded diploma-scan.png");
        applicant.click("#app\\:next");
        applicant.waitForText("Review and sign");
        applicant.click("#app\\:attests .ui-chkbox-box");
        applicant.type("#app\\:signature", firstName + " " + lastName);
        applicant.click("#app\\:submit");
        applicant.waitForText("Your application is submitted");
    }

    /** Staff start the review of the applicant's submitted application, accept the diploma and decide ELIGIBLE. */
    public static void decideEligible(Browser staff, String applicantEmail) {
        staff.open("/staff/applications.xhtml");
        staff.type("#queue\\:search", applicantEmail);
        staff.click("#queue\\:find");
        staff.waitForText(applicantEmail);
        staff.click("#queue\\:rows a[href*='review.xhtml']");
        staff.waitForText("Recovery statement");
        staff.click("#review\\:startReview");
        staff.waitForTextIn("#reviewStatus", "Being reviewed by state staff");
        staff.click("button[title='Accept diploma-scan.png']");
        staff.waitForText("Accepted");
        staff.click("label[for='review:decision:0']");
        staff.click("#review\\:decide");
        staff.click(".ui-confirmdialog-yes");
        staff.waitForTextIn("#reviewStatus", "Eligible");
    }

    /** An applicant registers, signs in and submits; staff (signed in here) find them eligible. */
    public static void eligibleApplicant(Browser applicant, Browser staff, Mailbox mailbox, String firstName, String lastName, String email,
                                         String password) {
        registerAndConfirm(applicant, mailbox, firstName, lastName, email, password);
        applicant.signIn(email, password);
        submitApplication(applicant, firstName, lastName);
        staff.signIn(DemoUsers.email(Role.STAFF), DemoUsers.PASSWORD);
        decideEligible(staff, email);
    }

    /** A trainer opens a five-day cohort; returns the address of its page, where the trainer now is. */
    public static String openCohort(Browser trainer, String title, LocalDate start, String location) {
        trainer.open("/trainer/cohorts.xhtml");
        trainer.type("#newCohort\\:title", title);
        trainer.type("#newCohort\\:startsOn_input", UsDates.typed(start));
        trainer.type("#newCohort\\:endsOn_input", UsDates.typed(start.plusDays(4)));
        trainer.type("#newCohort\\:location", location);
        trainer.click("#newCohort\\:create");
        trainer.waitForText("Cohort created.");
        trainer.waitForText(title);
        return trainer.driver().getCurrentUrl();
    }

    /**
     * A trainer opens a cohort that ended yesterday, enrols the eligible applicant, records every module in
     * full and confirms the results: R-TRN-1 done, the written test open.
     */
    public static void trainAndConfirm(Browser trainer, String applicantEmail, String cohortTitle) {
        openCohort(trainer, cohortTitle, LocalDate.now(ZoneOffset.UTC).minusDays(5), "300 N Main St, Wichita");
        trainer.type("#cohort\\:who", applicantEmail);
        trainer.click("#cohort\\:enrol");
        trainer.waitForText(applicantEmail + " is enrolled.");
        for (WebElement cell : trainer.driver().findElements(By.cssSelector("#attendance input[type=number]"))) {
            cell.clear();
            cell.sendKeys(cell.getAttribute("max"));
        }
        trainer.click("#cohort\\:saveAttendance");
        trainer.waitForText("Attendance saved (21 entries changed).");
        trainer.click("#cohort\\:confirmResults");
        trainer.click(".ui-confirmdialog-yes");
        trainer.waitForText("Results confirmed: 1 person was told where they stand.");
    }

    /** The first step of the application form: the address and phone (names and birth date come from the account). */
    public static void fillAddress(Browser applicant) {
        applicant.type("#app\\:address", "12 Elm Street");
        applicant.type("#app\\:city", "Topeka");
        new Select(applicant.find("#app\\:state")).selectByValue("KS");
        applicant.type("#app\\:postalCode", "66601");
        applicant.type("#app\\:phone", "785-555-0100");
    }

    private static Path diplomaScan() {
        try {
            Path png = Files.createTempDirectory("scan").resolve("diploma-scan.png");
            ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
