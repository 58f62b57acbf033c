package org.peercert.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures.Stage;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalTime;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** R-TRN-2 in the browser: staff keep the item bank and record a paper test; an applicant takes a whole online test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";
    private static final LocalDate BORN = LocalDate.of(1988, 7, 4);

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

    @TempDir
    Path files;

    /** The sample bank's answers: each question to the text of its correct option. */
    private static Map<String, String> sampleAnswers() throws IOException {
        Map<String, String> answers = new HashMap<>();
        try (Reader csv = new InputStreamReader(ExamBrowserIT.class.getResourceAsStream("/org/peercert/demo/sample-exam-items.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord item : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                answers.put(item.get("stem"), item.get("option_" + item.get("correct").toLowerCase()));
            }
        }
        return answers;
    }

    @Test
    void afterAFailedPaperTestAnApplicantTakesAWholeOnlineTestAndPasses() throws IOException {
        String surname = "Sitter" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String email = "sitter-" + UUID.randomUUID() + "@example.org";
        String untrained = "untrained-" + UUID.randomUUID() + "@example.org";
        ServerFixtures.applicant(Stage.ELIGIBLE, untrained, "Quinn", "Untrained" + surname, BORN, PASSWORD);
        ServerFixtures.applicant(Stage.TRAINED, email, "Quinn", surname, BORN, PASSWORD);
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser staff = new Browser()) {
            applicant.signIn(untrained, PASSWORD);
            applicant.open("/applicant/exam.xhtml");
            applicant.waitForText("The written test opens once you have completed the 40-hour basic training");
            assertTrue(applicant.driver().findElements(By.id("exam:start")).isEmpty(), "no start before training");
            applicant.signOut();
            applicant.signIn(email, PASSWORD);

            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            openReviewOf(staff, email);
            staff.waitForText("Record a paper test");
            staff.type("#review\\:paperSatOn_input", UsDates.typed(PortalTime.today().minusDays(15)));
            List<WebElement> correct = staff.driver().findElements(By.cssSelector("input[id$=':correct']"));
            assertEquals(4, correct.size());
            for (WebElement domain : correct) {
                domain.sendKeys("10");
            }
            staff.screenshot("staff-paper-test");
            staff.click("#review\\:recordPaper");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("Paper test result recorded: 66.7%, not passed.");
            mailbox.expect(email, "Your written test result", "You scored 66.7% on the peer specialist written test",
                    "so this attempt did not pass");
            staff.reopen();
            staff.waitForText("66.7%");

            applicant.open("/applicant/exam.xhtml");
            applicant.waitForText("Attempt 1,");
            applicant.waitForText("66.7%, not passed");
            applicant.screenshot("applicant-exam-before");
            applicant.click("#exam\\:start");
            applicant.click(".ui-confirmdialog-yes");
            applicant.waitForText("Your sitting has started.");
            applicant.waitForText("0 of 60 answered");
            applicant.screenshot("applicant-exam-sitting");

            Map<String, String> answers = sampleAnswers();
            List<WebElement> questions = applicant.driver().findElements(By.cssSelector("li.question"));
            assertEquals(60, questions.size());
            int known = 0;
            for (WebElement question : questions) {
                String stem = question.findElement(By.cssSelector("legend")).getText();
                String right = answers.entrySet().stream().filter(a -> stem.endsWith(a.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
                List<WebElement> labels = question.findElements(By.cssSelector("label"));
                assertEquals(4, labels.size());
                WebElement choice = right == null ? labels.get(0)
                        : labels.stream().filter(l -> l.getText().equals(right)).findFirst().orElseThrow();
                known += right == null ? 0 : 1;
                applicant.click(choice);
            }
            applicant.waitForText("60 of 60 answered");
            assertEquals(60, known, "every question on the form is from the sample bank");
            assertFalse(applicant.driver().getPageSource().contains("(correct)") || applicant.driver().getPageSource().contains("correct-option"),
                    "the page never says which option is correct");

            applicant.driver().navigate().refresh();
            applicant.waitForText("60 of 60 answered");
            assertEquals(60, applicant.driver().findElements(By.cssSelector("li.question input[type=radio]:checked")).size(),
                    "a reload finds every answer saved");

            applicant.click("#exam\\:finish");
            applicant.click(".ui-confirmdialog-yes");
            applicant.waitForText("Your sitting is handed in and scored.");
            applicant.waitForText("Attempt 2,");
            applicant.waitForText("100.0%, passed");
            applicant.waitForText("You passed the written test.");
            applicant.screenshot("applicant-exam-result");
            mailbox.expect(email, "You passed the written test", "You passed the peer specialist written test with 100.0%");
            applicant.reopen();
            applicant.waitForText("You passed the written test.");

            applicant.open("/applicant/index.xhtml");
            applicant.waitForText("with 100.0%.");
        }
    }

    private static void openReviewOf(Browser staff, String applicantEmail) {
        staff.open("/staff/applications.xhtml");
        staff.type("#queue\\:search", applicantEmail);
        staff.click("#queue\\:find");
        staff.waitForText(applicantEmail);
        staff.click("#queue\\:rows a[href*='review.xhtml']");
    }

    @Test
    void staffWriteUploadAndRetireItems() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String trainedSurname = "Trained" + tag.replaceAll("[0-9]", "");
        String trained = ServerFixtures.applicant(Stage.TRAINED, TestAccounts.emailFor(Role.APPLICANT), "Reed", trainedSurname, BORN, PASSWORD);
        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/exam-items.xhtml");
            staff.waitForText("Active items against the blueprint");
            staff.screenshot("staff-exam-items");

            staff.driver().findElement(By.cssSelector("#newItem\\:domain option[value='MENTORING']")).click();
            staff.type("#newItem\\:stem", "[Browser test " + tag + "] What does a mentor model?");
            staff.type("#newItem\\:optionA", "Recovery in action");
            staff.type("#newItem\\:optionB", "A diagnosis");
            staff.type("#newItem\\:optionC", "A treatment plan");
            staff.type("#newItem\\:optionD", "Agency policy");
            staff.click("#newItem\\:add");
            staff.waitForText("Choose which option is correct.");
            staff.click("label[for='newItem:correct:0']");
            staff.click("#newItem\\:add");
            staff.waitForText("Item added to the bank.");

            Path csv = Files.writeString(files.resolve("items.csv"), "domain,stem,option_a,option_b,option_c,option_d,correct\n"
                    + "Mentoring,[Browser test " + tag + "] Who leads a recovery plan?,The person,The peer,The doctor,The agency,A\n"
                    + "Leadership,[Browser test " + tag + "] Unknown domain,a,b,c,d,A\n");
            staff.driver().findElement(By.cssSelector("#itemUpload input[type=file]")).sendKeys(csv.toString());
            staff.click("#itemUpload\\:importItems");
            staff.waitForText("Item file read: 1 item added, 1 line left out.");
            staff.waitForText("domain 'Leadership' is not one of");
            assertTrue(staff.find("#rejectedLines").getText().contains("Leadership,[Browser test " + tag + "] Unknown domain,a,b,c,d,A"),
                    "the line left out is shown as it was read");
            staff.screenshot("staff-exam-items-upload");

            staff.driver().findElement(By.cssSelector("#items\\:domainFilter option[value='MENTORING']")).click();
            staff.click("#items\\:filter");
            staff.waitForText("Who leads a recovery plan?");
            for (int i = 0; i < 2; i++) {
                staff.click("#items\\:bank button[title='Retire this item']");
                staff.click(".ui-confirmdialog-yes");
                staff.waitForText("Item retired");
            }
            staff.waitForText("Mentoring");
            assertFalse(staff.find("#items\\:bank").getText().contains("[Browser test " + tag + "]"),
                    "both items are retired and out of the active list");

            // R-TRN-3: the readiness view names what each eligible applicant still needs (this one: the test and the checks)
            staff.open("/staff/readiness.xhtml?q=" + trained);
            staff.waitForText("Reed " + trainedSurname);
            String needs = staff.driver().findElement(By.xpath("//tr[td[contains(., 'Reed " + trainedSurname + "')]]")).getText();
            assertTrue(needs.contains("Written test passed (R-TRN-2)"), needs);
            staff.screenshot("staff-readiness");
        }
    }
}
