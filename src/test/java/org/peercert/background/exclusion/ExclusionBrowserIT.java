package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.testing.ApplicationFixtures.Stage;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.LeieFile;
import org.peercert.testing.Mailbox;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** R-BG-3 in the browser: staff import a list, read its rejected lines, and work the match queue. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExclusionBrowserIT {

    private static final String PASSWORD = "harbor lantern meadow";
    /** The applicant's birth date, as on the federal list. */
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

    @Test
    void staffImportTheListAndDismissOneMatchAndConfirmAnother() {
        String surname = "Quillfeather" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String email = "listed-" + UUID.randomUUID() + "@example.org";
        String fileName = "leie-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        Path list = LeieFile.withHeader()
                .person(surname.toUpperCase(), "JORDAN", BORN)
                .person(surname.toUpperCase(), "JORDAN", null)
                .line("\"" + surname + "\",\"BADDATE\",,,,,,,\"19880230\",,,,,\"1128a1\",\"20200115\",,,")
                .write(files, fileName);
        ServerFixtures.applicant(Stage.SUBMITTED, email, "Jordan", surname, BORN, PASSWORD);
        try (Mailbox mailbox = new Mailbox().start(); Browser applicant = new Browser(); Browser staff = new Browser()) {
            applicant.signIn(email, PASSWORD);

            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/exclusions.xhtml");
            staff.driver().findElement(By.cssSelector("#upload input[type=file]")).sendKeys(list.toString());
            staff.click("#upload\\:send");
            staff.waitForText("is queued; this page shows its progress");
            staff.waitForText(": " + fileName);
            staff.waitForText(" screened, ");
            staff.screenshot("staff-exclusion-lists");

            staff.driver().findElement(By.cssSelector("#upload input[type=file]")).sendKeys(list.toString());
            staff.click("#upload\\:send");
            staff.waitForText("This exact file was already received as import");

            staff.click("#imports\\:history button[title^='Rejected lines of import']");
            staff.waitForText("DOB '19880230' is not a date written YYYYMMDD");
            staff.screenshot("staff-exclusion-rejects");

            staff.open("/staff/exclusion-matches.xhtml");
            staff.waitForText(surname + ", Jordan");
            staff.screenshot("staff-exclusion-matches");
            assertTrue(staff.text().contains("Probable (name and birth date)") && staff.text().contains("Possible (name only)"));
            decide(staff, surname, "Possible (name only)", "dismiss", "The list row has no birth date and a different address");
            staff.waitForText("Match dismissed");
            decide(staff, surname, "Probable (name and birth date)", "confirm", "Same name, birth date and city; verified on the OIG site");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("Match confirmed");

            new Select(staff.find("#queue\\:status")).selectByVisibleText("Dismissed: not the same person");
            staff.click("#queue\\:show");
            staff.waitForText("Dismissed: not the same person by " + staffEmail);

            mailbox.expect(email, "Federal exclusion list", "confirmed that this listing is you", "While the exclusion stands");
            applicant.open("/applicant/index.xhtml");
            applicant.waitForText("Staff confirmed you are on the federal exclusion list");
            applicant.screenshot("applicant-exclusion-confirmed");
        }
    }

    /** Types the reason in the person's open match of that strength and presses its button. */
    private static void decide(Browser staff, String surname, String strength, String button, String reason) {
        WebElement row = staff.driver().findElements(By.cssSelector("#queue\\:rows tbody tr")).stream()
                .filter(tr -> tr.getText().contains(surname) && tr.getText().contains(strength)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("input[id$=':reason']")).sendKeys(reason);
        staff.click(row.findElement(By.cssSelector("button[id$=':" + button + "']")));
    }
}
