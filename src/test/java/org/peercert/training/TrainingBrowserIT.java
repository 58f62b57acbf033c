package org.peercert.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures.Stage;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Journeys;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalTime;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** R-TRN-1 in the browser: a trainer opens a cohort, enrols an eligible applicant, records all 40 hours in one grid. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";
    private static final LocalDate BORN = LocalDate.of(1988, 7, 4);

    /** The class's own trainer, whose cohorts list only what this class opens. */
    private static String trainerEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void trainer() {
        trainerEmail = ServerFixtures.account("Terry", "Trainer", Role.TRAINER);
    }

    @TempDir
    Path files;

    @Test
    void trainerEnrolsAnEligibleApplicantAndRecordsTheWholeTrainingInOneGrid() throws IOException {
        String surname = "Trainee" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String email = "trainee-" + UUID.randomUUID() + "@example.org";
        String cohortTitle = "Wichita spring " + surname;
        LocalDate start = PortalTime.today().minusDays(4);
        ServerFixtures.applicant(Stage.ELIGIBLE, email, "Rowan", surname, BORN, PASSWORD);
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser trainer = new Browser()) {
            applicant.signIn(email, PASSWORD);
            trainer.signIn(trainerEmail, TestAccounts.PASSWORD);
            Journeys.openCohort(trainer, cohortTitle, start, "300 N Main St, Wichita");
            trainer.screenshot("trainer-cohort");

            trainer.type("#cohort\\:who", "not-eligible-" + surname + "@example.org");
            trainer.click("#cohort\\:enrol");
            trainer.waitForText("No applicant is known by");
            trainer.type("#cohort\\:who", email);
            trainer.click("#cohort\\:enrol");
            trainer.waitForText(email + " is enrolled.");
            trainer.waitForText("1 of 20 taken");
            trainer.reopen();
            trainer.waitForText("1 of 20 taken");
            mailbox.expect(email, "You are enrolled in the basic training: " + cohortTitle,
                    "Your trainer enrolled you in the basic training cohort " + cohortTitle);
            applicant.open("/applicant/training.xhtml");
            applicant.waitForText("You have a seat");

            Path csv = Files.writeString(files.resolve("attendance.csv"), "person,module,hours\n" + email + ",1,2\n" + email + ",2,2\n"
                    + email + ",99,2\n");
            trainer.driver().findElement(By.cssSelector("#attendanceUpload input[type=file]")).sendKeys(csv.toString());
            trainer.click("#attendanceUpload\\:importAttendance");
            trainer.waitForText("Attendance file applied: 2 entries changed, 1 line left out.");
            trainer.waitForText("no module '99' in this curriculum");
            String afterUpload = trainer.driver().getCurrentUrl();
            assertTrue(afterUpload.contains("cohort.xhtml?id="), "the upload keeps the cohort in the address: " + afterUpload);
            trainer.driver().get(afterUpload);
            trainer.waitForText(cohortTitle);
            assertFalse(trainer.text().contains("There is no such cohort"), "opening the address again shows the same cohort");
            trainer.screenshot("trainer-attendance-file");

            List<WebElement> cells = trainer.driver().findElements(By.cssSelector("#attendance input[type=number]"));
            assertTrue(cells.size() == 21, "one input per module for the one person seated");
            for (WebElement cell : cells) {
                cell.clear();
                cell.sendKeys(cell.getAttribute("max"));
            }
            trainer.screenshot("trainer-attendance-grid");
            trainer.click("#cohort\\:saveAttendance");
            trainer.waitForText("Attendance saved (19 entries changed).");
            trainer.click("#cohort\\:confirmResults");
            trainer.click(".ui-confirmdialog-yes");
            trainer.waitForText("Results confirmed: 1 person was told where they stand.");
            mailbox.expect(email, "Your basic training results: " + cohortTitle, "Your trainer confirmed the results of the cohort " + cohortTitle,
                    "You completed the basic training");
            trainer.reopen();
            trainer.waitForText(cohortTitle);
            assertTrue(trainer.find("#cohort\\:confirmedAt").getText().startsWith("Results confirmed "), "the reopened cohort says so");
            assertTrue(trainer.driver().findElements(By.id("cohort:confirmResults")).isEmpty(), "and offers no second confirmation");

            applicant.open("/applicant/index.xhtml");
            applicant.waitForText("Completed: every module attended.");
            applicant.screenshot("applicant-training-completed");
        }
    }

    @Test
    void anAdministratorPublishesACurriculumVersionAfterTheTotalIsRight() {
        String label = "Appalachian basic training, reissued " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser()) {
            admin.signIn(ServerFixtures.someone(Role.ADMIN), TestAccounts.PASSWORD);
            admin.open("/admin/curriculum.xhtml");
            admin.waitForText("Modules in order; total 40 hours");
            admin.click("#next\\:addRow");
            admin.until(d -> d.findElements(By.cssSelector("button[id$=':remove']")).size() == 22);
            List<WebElement> removes = admin.driver().findElements(By.cssSelector("button[id$=':remove']"));
            admin.click(removes.get(removes.size() - 1));
            admin.until(d -> d.findElements(By.cssSelector("button[id$=':remove']")).size() == 21);

            admin.type("#next\\:label", label);
            admin.type("input[aria-label='Hours of module 1']", "3");
            admin.click("#next\\:publish");
            admin.click(".ui-confirmdialog-yes");
            admin.waitForText("The modules add up to 41 hours; the basic training is 40 hours.");
            admin.screenshot("admin-curriculum");

            admin.type("input[aria-label='Hours of module 1']", "2");
            admin.click("#next\\:publish");
            admin.click(".ui-confirmdialog-yes");
            admin.waitForText("published: new cohorts start with it");
            admin.waitForText(label + " (current)");
        }
    }

    @Test
    void anEligibleApplicantAsksForASeatAndTheTrainerAcceptsIt() {
        String surname = "Asker" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String email = "asker-" + UUID.randomUUID() + "@example.org";
        String cohortTitle = "Hays autumn " + surname;
        LocalDate start = PortalTime.today().plusDays(20);
        ServerFixtures.applicant(Stage.ELIGIBLE, email, "Sasha", surname, BORN, PASSWORD);
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser trainer = new Browser()) {
            applicant.signIn(email, PASSWORD);
            trainer.signIn(trainerEmail, TestAccounts.PASSWORD);
            trainer.open("/trainer/cohorts.xhtml");
            trainer.type("#newCohort\\:startsOn_input", UsDates.typed(start));
            trainer.type("#newCohort\\:endsOn_input", UsDates.typed(start.minusDays(1)));
            trainer.click("#newCohort\\:create");
            trainer.waitForText("Give the cohort a title.");
            assertEquals("Give the cohort a title.", messageBeside(trainer, "title"));
            assertEquals("The last day cannot be before the first.", messageBeside(trainer, "endsOn"));
            assertEquals("Give the address where an in-person cohort meets.", messageBeside(trainer, "location"));
            assertEquals(UsDates.typed(start), trainer.find("#newCohort\\:startsOn_input").getAttribute("value"), "what was typed is kept");
            trainer.screenshot("trainer-new-cohort-errors");
            String cohortPage = Journeys.openCohort(trainer, cohortTitle, start, "1000 Main St, Hays");
            trainer.type("#cohort\\:coTrainer", ServerFixtures.someone(Role.SUPERVISOR));
            trainer.click("#cohort\\:addCoTrainer");
            trainer.waitForText("No trainer is known by");
            String coTrainer = ServerFixtures.account("Morgan", "Multirole", Role.TRAINER, Role.SUPERVISOR);
            trainer.type("#cohort\\:coTrainer", coTrainer);
            trainer.click("#cohort\\:addCoTrainer");
            trainer.waitForText(coTrainer + " now trains this cohort with you.");
            trainer.type("#cohort\\:sessionDate_input", UsDates.typed(start));
            ((JavascriptExecutor) trainer.driver()).executeScript("document.getElementById('cohort:sessionStarts').value = '09:00';"
                    + "document.getElementById('cohort:sessionEnds').value = '16:30';");
            trainer.type("#cohort\\:sessionTopics", "Bring a notebook");
            trainer.click("#cohort\\:addSession");
            trainer.waitForText("Choose the modules this session covers.");
            for (int module = 0; module < 4; module++) {
                trainer.click(trainer.driver().findElement(By.cssSelector("label[for='cohort:sessionModules:" + module + "']")));
            }
            trainer.click("#cohort\\:addSession");
            trainer.waitForText("Session scheduled.");
            trainer.waitForText("09:00 to 16:30");

            applicant.open("/applicant/training.xhtml");
            applicant.waitForText(cohortTitle);
            applicant.click("button[title='Ask for a seat in " + cohortTitle + "']");
            applicant.waitForText("Your request is sent; the trainer answers by email.");
            applicant.waitForText("Asked; waiting for the trainer");
            assertTrue(applicant.driver().findElements(By.cssSelector("button[title='Ask for a seat in " + cohortTitle + "']")).isEmpty(),
                    "a cohort asked for is no longer offered");
            applicant.screenshot("applicant-training-request");
            mailbox.expect(trainerEmail, "Seat request for " + cohortTitle, "asks for a seat in your basic training cohort " + cohortTitle);
            applicant.reopen();
            applicant.waitForText("Asked; waiting for the trainer");

            trainer.open("/trainer/cohorts.xhtml");
            trainer.waitForText("1 waiting for you");
            trainer.driver().get(cohortPage);
            trainer.waitForText("Seat requests");
            trainer.screenshot("trainer-seat-requests");
            trainer.click("button[title^='Accept the request of Sasha']");
            trainer.waitForText("request is accepted: a seat.");
            trainer.waitForText("1 of 20 taken");
            mailbox.expect(email, "Your seat request is accepted: " + cohortTitle, "The trainer accepted your request");
            new Select(trainer.find("#cohort\\:gridSession")).selectByIndex(1);
            trainer.until(d -> d.findElements(By.cssSelector("#attendance input[type=number]")).size() == 4);
            trainer.screenshot("trainer-session-grid");

            applicant.open("/applicant/training.xhtml");
            applicant.waitForText("You have a seat");
            applicant.waitForText(UsDates.shown(start) + ", 09:00 to 16:30: modules 1, 2, 3, 4 (Bring a notebook)");
            applicant.screenshot("applicant-training-seat");
        }
    }

    private static String messageBeside(Browser browser, String fieldId) {
        return browser.find("[id='newCohort:" + fieldId + "'], [id='newCohort:" + fieldId + "_input']").findElement(By.xpath(
                "./ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message-error')]")).getText();
    }
}
