package org.peercert.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.account.Role;
import org.peercert.testing.Browser;
import org.peercert.testing.DemoUsers;
import org.peercert.testing.Deployments;
import org.peercert.testing.Journeys;
import org.peercert.testing.Mailbox;

/** R-TRN-1 in the browser: a trainer opens a cohort, enrols an eligible applicant, records all 40 hours in one grid. */
@ExtendWith(ArquillianExtension.class)
class TrainingBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void trainerEnrolsAnEligibleApplicantAndRecordsTheWholeTrainingInOneGrid() {
        String surname = "Trainee" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String email = "trainee-" + UUID.randomUUID() + "@example.org";
        String cohortTitle = "Wichita spring " + surname;
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(7);
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser staff = new Browser();
             Browser trainer = new Browser()) {
            Journeys.registerAndConfirm(applicant, mailbox, "Rowan", surname, email, PASSWORD);
            applicant.signIn(email, PASSWORD);
            Journeys.submitApplication(applicant, "Rowan", surname);
            staff.signIn(DemoUsers.email(Role.STAFF), DemoUsers.PASSWORD);
            Journeys.decideEligible(staff, email);

            trainer.signIn(DemoUsers.email(Role.TRAINER), DemoUsers.PASSWORD);
            trainer.open("/trainer/cohorts.xhtml");
            trainer.type("#newCohort\\:title", cohortTitle);
            trainer.type("#newCohort\\:startsOn_input", start.toString());
            trainer.type("#newCohort\\:endsOn_input", start.plusDays(4).toString());
            trainer.type("#newCohort\\:location", "300 N Main St, Wichita");
            trainer.screenshot("trainer-cohorts");
            trainer.click("#newCohort\\:create");
            trainer.waitForText("Cohort created.");
            trainer.waitForText(cohortTitle);

            trainer.type("#cohort\\:who", "not-eligible-" + surname + "@example.org");
            trainer.click("#cohort\\:enrol");
            trainer.waitForText("No applicant is known by");
            trainer.type("#cohort\\:who", email);
            trainer.click("#cohort\\:enrol");
            trainer.waitForText(email + " is enrolled.");
            trainer.waitForText("1 of 20 taken");

            List<WebElement> cells = trainer.driver().findElements(By.cssSelector("#attendance input[type=number]"));
            assertTrue(cells.size() == 21, "one input per module for the one person seated");
            for (WebElement cell : cells) {
                cell.clear();
                cell.sendKeys(cell.getAttribute("max"));
            }
            trainer.screenshot("trainer-attendance-grid");
            trainer.click("#cohort\\:saveAttendance");
            trainer.waitForText("Attendance saved (21 entries changed).");
            trainer.click("#cohort\\:confirmResults");
            trainer.click(".ui-confirmdialog-yes");
            trainer.waitForText("Results confirmed: 1 person was told where they stand.");
            mailbox.awaitMessage(email, "Your basic training results", Duration.ofSeconds(20));

            applicant.open("/applicant/index.xhtml");
            applicant.waitForText("Completed: every module attended.");
            applicant.screenshot("applicant-training-completed");
        }
    }
}
