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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Browser;
import org.peercert.testing.DemoUsers;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;

/** R-CEU-1 in the browser: the demo holder logs an activity with its proof and sees the cycle's hours; notices, categories, the renewal queue. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CeBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @TempDir
    Path files;

    /** The hours the page says the holder earned this cycle (demo data and other tests may have added some). */
    private static BigDecimal hoursThisCycle(Browser holder) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("This cycle: ([0-9.]+) of").matcher(holder.find("#hoursHeading").getText());
        assertTrue(m.find(), holder.find("#hoursHeading").getText());
        return new BigDecimal(m.group(1));
    }

    @Test
    void theHolderLogsContinuingEducationWithProofAndSeesTheHoursAgainstTheRequirement() throws Exception {
        Path proof = files.resolve("attendance.png");
        Files.write(proof, ApplicationFixtures.png());
        try (Browser holder = new Browser()) {
            holder.signIn("holder@demo.peercert.test", DemoUsers.PASSWORD);
            holder.open("/applicant/notifications.xhtml");
            holder.waitForText("Your peer specialist certificate");
            holder.screenshot("holder-notifications");

            holder.open("/applicant/ce.xhtml");
            holder.waitForText("Log an activity");
            BigDecimal before = hoursThisCycle(holder);
            holder.type("#log\\:title", "Motivational interviewing for peers");
            holder.type("#log\\:provider", "Kansas peer network");
            holder.type("#log\\:completedOn_input", UsDates.typed(PortalTime.today()));
            holder.type("#log\\:hours", "3");
            holder.driver().findElement(By.cssSelector("#log\\:category option:nth-child(2)")).click();
            holder.driver().findElement(By.cssSelector("#log\\:format option:nth-child(3)")).click();
            holder.driver().findElement(By.id("log:proof")).sendKeys(proof.toString());
            holder.click("#log\\:logActivity");
            holder.waitForText("Logged: 3 hours of General");
            assertTrue(holder.text().contains("Motivational interviewing for peers"));
            assertTrue(holder.text().contains("attendance.png"), "the proof is listed");
            assertTrue(holder.text().contains("Renewal opens on") || holder.text().contains("Submit my renewal"), holder.text());
            BigDecimal after = hoursThisCycle(holder);
            assertEquals(0, before.add(BigDecimal.valueOf(3)).compareTo(after), "3 more hours this cycle: " + before + " then " + after);
            int percent = after.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(12), 0, java.math.RoundingMode.DOWN).min(BigDecimal
                    .valueOf(100)).intValue();
            assertEquals(String.valueOf(percent), holder.find("#ceProgress").getAttribute("value"), "the bar shows the hours of the required 12");
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
            admin.signIn(DemoUsers.email(Role.ADMIN), DemoUsers.PASSWORD);
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
            staff.signIn(DemoUsers.email(Role.STAFF), DemoUsers.PASSWORD);
            staff.open("/staff/renewals.xhtml");
            staff.waitForText("Renewals certificants submitted");
            staff.screenshot("staff-renewals");
        }
    }
}
