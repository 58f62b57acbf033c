package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** R-CEU-1 in the browser: a holder of its own logs an activity with its proof and sees the cycle's hours; notices, categories, the renewal queue. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CeBrowserIT {

    /** The people this class acts as, its own. */
    private static String adminEmail;
    private static String staffEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        adminEmail = ServerFixtures.account("Avery", "Admin", Role.ADMIN);
        staffEmail = ServerFixtures.account("Sam", "Staffer", Role.STAFF);
    }

    @TempDir
    Path files;

    /** The hours the page says the holder earned this cycle. */
    private static BigDecimal hoursThisCycle(Browser holder) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("This cycle: ([0-9.]+) of").matcher(holder.find("#hoursHeading").getText());
        assertTrue(m.find(), holder.find("#hoursHeading").getText());
        return new BigDecimal(m.group(1));
    }

    @Test
    void theHolderLogsContinuingEducationWithProofAndSeesTheHoursAgainstTheRequirement() throws Exception {
        Path proof = files.resolve("attendance.png");
        Files.write(proof, ApplicationFixtures.png());
        String holderEmail = TestAccounts.emailFor(Role.APPLICANT);
        ServerFixtures.holder(holderEmail, "Jamie", "Holder", LocalDate.of(1982, 7, 9), TestAccounts.PASSWORD);
        try (Browser holder = new Browser()) {
            holder.signIn(holderEmail, TestAccounts.PASSWORD);
            holder.open("/applicant/notifications.xhtml");
            holder.waitForText("Your peer specialist certificate");
            holder.screenshot("holder-notifications");

            holder.open("/applicant/ce.xhtml");
            holder.waitForText("Log an activity");
            assertEquals(0, BigDecimal.ZERO.compareTo(hoursThisCycle(holder)), "a new holder has logged nothing this cycle");
            holder.type("#log\\:provider", "Kansas peer network");
            holder.type("#log\\:completedOn_input", UsDates.typed(PortalTime.today()));
            holder.type("#log\\:hours", "3");
            holder.driver().findElement(By.cssSelector("#log\\:category option:nth-child(2)")).click();
            holder.driver().findElement(By.cssSelector("#log\\:format option:nth-child(3)")).click();
            holder.driver().findElement(By.id("log:proof")).sendKeys(proof.toString());
            holder.click("#log\\:logActivity");
            holder.waitForText("choose attendance.png again before you log the activity");
            assertEquals("Kansas peer network", holder.find("#log\\:provider").getAttribute("value"), "what was typed is kept");
            holder.type("#log\\:title", "Motivational interviewing for peers");
            holder.driver().findElement(By.id("log:proof")).sendKeys(proof.toString());
            holder.click("#log\\:logActivity");
            holder.waitForText("Logged: 3 hours of General");
            assertTrue(holder.text().contains("Motivational interviewing for peers"));
            assertTrue(holder.text().contains("attendance.png"), "the proof is listed");
            assertTrue(holder.text().contains("Renewal opens on"), "a certificate issued today is not yet due: " + holder.text());
            assertEquals(0, BigDecimal.valueOf(3).compareTo(hoursThisCycle(holder)), "the 3 hours count this cycle");
            assertEquals("25", holder.find("#ceProgress").getAttribute("value"), "the bar shows 3 of the required 12 hours");
            holder.screenshot("holder-continuing-education");

            holder.type("#log\\:title", "Too long a day");
            holder.type("#log\\:provider", "Somewhere");
            holder.type("#log\\:completedOn_input", UsDates.typed(PortalTime.today()));
            holder.type("#log\\:hours", "99");
            holder.driver().findElement(By.cssSelector("#log\\:category option:nth-child(2)")).click();
            holder.driver().findElement(By.cssSelector("#log\\:format option:nth-child(2)")).click();
            holder.click("#log\\:logActivity");
            holder.waitForText("Give the hours: more than 0 and at most 40");
        }
        try (Browser admin = new Browser()) {
            admin.signIn(adminEmail, TestAccounts.PASSWORD);
            admin.open("/admin/ce-categories.xhtml");
            admin.type("#add\\:name", "Cultural humility");
            admin.type("#add\\:minimumHours", "0");
            admin.click("#add\\:addCategory");
            admin.waitForText("Category Cultural humility added.");
            admin.type("#add\\:name", "general");
            admin.click("#add\\:addCategory");
            admin.waitForText("Give the category a name");
            admin.screenshot("admin-ce-categories");
        }
        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/renewals.xhtml");
            staff.waitForText("Renewals certificants submitted");
            staff.screenshot("staff-renewals");
            staff.open("/staff/index.xhtml");
            staff.click("#work-ceAudits");
            staff.waitForText("Every renewal waiting");
            assertTrue(staff.driver().getCurrentUrl().endsWith("/staff/renewals.xhtml?audit=true"), "#20: the home's count leads to the audited renewals");
            assertEquals("Renewals drawn for a CE audit", staff.find("h1").getText());
            staff.click("#all");
            staff.waitForText("Only those drawn for a CE audit");
        }
    }
}
