package org.peercert.background;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures.Stage;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.PortalTime;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * R-BG-1/2 in the browser: an applicant asks for an early review before training and reads staff's answer;
 * staff record a check with its supporting record, which the applicant cannot open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarlyReviewBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";

    /** The people this class acts as, its own. */
    private static String staffEmail;
    /** A second staff member, who adjudicates what the first recorded (R-BG-2). */
    private static String reviewerEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        staffEmail = ServerFixtures.account("Sam", "Staffer", Role.STAFF);
        reviewerEmail = ServerFixtures.account("Riley", "Reviewer", Role.STAFF);
    }

    @TempDir
    Path files;

    @Test
    void applicantAsksForAnEarlyReviewAndStaffAnswerAndRecordACheckWithItsRecord() throws IOException {
        String surname = "Earlyreview" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String email = "early-" + UUID.randomUUID() + "@example.org";
        Path letter = files.resolve("kbi-letter.png");
        ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB), "png", letter.toFile());
        ServerFixtures.applicant(Stage.SUBMITTED, email, "Casey", surname, LocalDate.of(1988, 7, 4), PASSWORD);
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser staff = new Browser()) {
            applicant.signIn(email, PASSWORD);

            applicant.open("/applicant/index.xhtml");
            applicant.type("#earlyReview\\:disclosure", "A fine.");
            applicant.click("#earlyReview\\:ask");
            applicant.waitForText("in at least 20 characters");
            applicant.type("#earlyReview\\:disclosure", "A 2016 misdemeanor theft conviction; probation completed in 2018.");
            applicant.click("#earlyReview\\:ask");
            applicant.waitForText("Your request is with state staff");
            applicant.waitForText("Waiting for staff; you will get an email when they answer.");
            applicant.reopen();
            applicant.waitForText("Waiting for staff; you will get an email when they answer.");
            applicant.screenshot("applicant-early-review-asked");

            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/index.xhtml");
            staff.waitForText(surname);
            staff.screenshot("staff-home-waiting");
            staff.click(staff.driver().findElement(By.xpath("//ul[@id='earlyReviews']//a[contains(., '" + surname + "')]")));
            staff.waitForText("A 2016 misdemeanor theft conviction");
            new Select(staff.driver().findElement(By.cssSelector("select[id$=':earlyAdvice']")))
                    .selectByVisibleText(EarlyAdvice.NO_BAR_EXPECTED.label());
            staff.type("textarea[id$=':earlyReason']", "A single misdemeanor over five years ago, with probation completed.");
            staff.click("button[id$=':answerEarly']");
            staff.waitForText(EarlyAdvice.NO_BAR_EXPECTED.label());

            new Select(staff.find("#review\\:checkKind")).selectByVisibleText("Criminal history");
            new Select(staff.find("#review\\:checkResult")).selectByVisibleText("Clear");
            staff.type("#review\\:performedOn_input", UsDates.typed(PortalTime.today().minusDays(1)));
            staff.type("#review\\:source", "Kansas Bureau of Investigation");
            staff.type("#review\\:reference", "KBI-2026-7788");
            staff.driver().findElement(By.cssSelector("#review input[type=file]")).sendKeys(letter.toString());
            staff.click("#review\\:recordCheck");
            staff.waitForText("KBI-2026-7788");
            staff.waitForText("Supporting record");
            staff.screenshot("staff-review-early-answer-and-record");
            String recordHref = staff.find("a[title='Record of Criminal history']").getAttribute("href");

            new Select(staff.find("#review\\:checkKind")).selectByVisibleText("Abuse and neglect registry");
            new Select(staff.find("#review\\:checkResult")).selectByVisibleText("Needs a decision");
            staff.type("#review\\:performedOn_input", UsDates.typed(PortalTime.today().minusDays(1)));
            staff.type("#review\\:source", "Kansas DCF registry");
            staff.type("#review\\:reference", "DCF-2026-5521");
            staff.click("#review\\:recordCheck");
            staff.waitForText("Waiting for a decision");
            try (Browser reviewer = new Browser()) {
                reviewer.signIn(reviewerEmail, TestAccounts.PASSWORD);
                reviewer.open("/staff/index.xhtml");
                assertTrue(Integer.parseInt(reviewer.find("#work-checks .work-count__number").getText()) >= 1,
                        "#20: the staff home counts the check to adjudicate");
                reviewer.click("#work-checks");
                reviewer.waitForText("Background checks to adjudicate");
                reviewer.open("/staff/checks.xhtml?q=" + surname);
                reviewer.waitForText("Casey " + surname);
                assertTrue(reviewer.find("#checks\\:rows").getText().contains("Abuse and neglect registry"), reviewer.find("#checks\\:rows").getText());
                reviewer.screenshot("staff-checks-to-adjudicate");
                reviewer.click(reviewer.driver().findElement(By.xpath("//*[@id='checks:rows']//a[starts-with(., 'APP-')]")));
                reviewer.waitForText("DCF-2026-5521");
                new Select(reviewer.driver().findElement(By.cssSelector("select[id$=':adjudication']"))).selectByVisibleText("Cleared");
                reviewer.type("input[id$=':adjudicationReason']", "Unsubstantiated report from 2012");
                reviewer.click("button[id$=':adjudicate']");
                reviewer.waitForText("Cleared by " + reviewerEmail);
                reviewer.screenshot("staff-adjudicated");
                reviewer.open("/staff/checks.xhtml?q=" + surname);
                reviewer.waitForText("No check waiting for a decision matches.");
            }

            mailbox.expect(email, "Early review of your criminal history", "State staff answered your request for an early review",
                    EarlyAdvice.NO_BAR_EXPECTED.label());
            applicant.open("/applicant/index.xhtml");
            applicant.waitForText(EarlyAdvice.NO_BAR_EXPECTED.label());
            applicant.screenshot("applicant-early-review-answered");

            PortalClient applicantClient = new PortalClient();
            applicantClient.signIn(email, PASSWORD);
            assertTrue(applicantClient.get(recordHref.substring(recordHref.indexOf("/documents/"))).status() == 403,
                    "the applicant cannot open staff's record");
        }
    }
}
