package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import org.peercert.account.Role;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.RoleAccess;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** R-CEU-1 in the browser: an approved CE provider reports completions by CSV; they land verified in the holder's record, once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CeReportBrowserIT {

    /** The people this class acts as, its own. */
    private static String providerEmail;
    private static String trainerEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        providerEmail = ServerFixtures.account("Parker", "Provider", Role.CE_PROVIDER);
        trainerEmail = ServerFixtures.account("Terry", "Trainer", Role.TRAINER);
    }

    @TempDir
    Path files;

    @Test
    void aProviderReportsCompletionsTheHolderSeesThemVerifiedAndASecondUploadAddsNothing() throws Exception {
        String holderEmail = "holder-" + UUID.randomUUID() + "@example.org";
        String holderNumber = ServerFixtures.holder(holderEmail, "Ceri", "Holder", LocalDate.of(1984, 2, 29), TestAccounts.PASSWORD);
        String title = "Peer ethics workshop " + UUID.randomUUID().toString().substring(0, 6);
        Path csv = files.resolve("completions.csv");
        Files.writeString(csv, String.join("\n", "certificate_number,last_name,title,completed_on,hours,category,format",
                holderNumber + ",Holder," + title + "," + PortalTime.today() + ",2.5,Ethics,in person",
                holderNumber + ",Smith," + title + "," + PortalTime.today().minusDays(1) + ",2,Ethics,online",
                holderNumber + ",Holder,Another," + PortalTime.today() + ",2,Cooking,online") + "\n");

        try (Browser provider = new Browser()) {
            provider.signIn(providerEmail, TestAccounts.PASSWORD);
            provider.open("/provider/index.xhtml");
            provider.waitForText("Upload completions (CSV)");
            provider.type("#report\\:providerName", "Kansas Peer Academy");
            provider.driver().findElement(By.id("report:file")).sendKeys(csv.toString());
            provider.click("#report\\:send");
            provider.waitForText("Reported: 1 added (verified), 0 already reported before, 2 lines not added.");
            String refused = provider.find("#refusedLines").getText();
            assertTrue(refused.contains(",Smith,Peer ethics workshop " ) && refused.contains("no certificate matches this number and last name"), refused);
            assertTrue(refused.contains(",Holder,Another,") && refused.contains("no category Cooking"), refused);
            assertTrue(provider.find("#refusedLines tbody tr:nth-child(2) td:first-child").getText().equals("4"), "line numbers as in the file");
            assertTrue(provider.find("[id='history:reported']").getText().contains(title), "the report's history lists it");
            provider.screenshot("ce-provider-report");
            provider.checkAccessibility();

            provider.open("/provider/index.xhtml");
            provider.waitForText(title);
            assertEquals("Kansas Peer Academy", provider.find("#report\\:providerName").getAttribute("value"),
                    "the organisation named in the last report is offered again, not the person's own name");
            provider.driver().findElement(By.id("report:file")).sendKeys(csv.toString());
            provider.click("#report\\:send");
            provider.waitForText("Reported: 0 added (verified), 1 already reported before, 2 lines not added.");
        }

        try (Browser holder = new Browser()) {
            holder.signIn(holderEmail, TestAccounts.PASSWORD);
            holder.open("/applicant/ce.xhtml");
            holder.waitForText(title);
            String row = holder.driver().findElements(By.cssSelector("tr")).stream().map(r -> r.getText()).filter(t -> t.contains(title))
                    .findFirst().orElseThrow();
            assertTrue(row.contains("Kansas Peer Academy") && row.contains("2.5") && row.contains("Yes"), "provider-reported, verified: " + row);
            assertEquals(1, holder.driver().findElements(By.xpath("//tr[contains(., '" + title + "')]")).size(), "once, not twice");
        }
    }

    @Test
    void trainersReportFromTheirOwnPageAndOnlyProvidersOpenTheProviderPage() {
        try (Browser trainer = new Browser()) {
            trainer.signIn(trainerEmail, TestAccounts.PASSWORD);
            trainer.open("/trainer/ce-reports.xhtml");
            trainer.waitForText("Upload completions (CSV)");
            assertTrue(trainer.text().contains("What you reported"));
            trainer.checkAccessibility();
        }
        new RoleAccess().page("/provider/index.xhtml", Role.CE_PROVIDER).page("/trainer/ce-reports.xhtml", Role.TRAINER).verify();
    }
}
