package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.PortalTime;
import org.peercert.testing.RoleAccess;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * Issue 9 in the browser, on an agency of each test's own (a verified agency whose roster holds one certified person,
 * supervised by a Peer Support Supervisor and a QMHP): home and API key, roster with a refused add and an upload report,
 * a billing check, the supervisor's page, staff verification and the rule table; and every new page refused to the
 * other roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyBrowserIT {

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

    private static final LocalDate BORN = LocalDate.of(1990, 4, 12);

    @TempDir
    Path files;

    /** A supervised agency of this test's own; its administrator and supervisor sign in with the test password. */
    private static final class OwnAgency {
        final String admin = "agency-" + UUID.randomUUID() + "@example.org";
        final String supervisor = "supervisor-" + UUID.randomUUID() + "@example.org";
        final ServerFixtures.SupervisedAgency made = ServerFixtures.supervisedAgency(admin, supervisor, "Jo", "Rosterfield", BORN);
    }

    @Test
    void aNewAgencyIsRegisteredAfterEveryWrongFieldIsShownBesideItAtOnce() {
        String newAdmin = ServerFixtures.account("Reg", "Istrar", Role.AGENCY_ADMIN);
        try (Browser browser = new Browser(390, 844)) {
            browser.signIn(newAdmin, TestAccounts.PASSWORD);
            browser.open("/agency/index.xhtml");
            browser.type("#register\\:legalName", "Sunflower Peer Works");
            browser.type("#register\\:npi", "1234567890");
            browser.type("#register\\:medicaidId", "KS9");
            browser.type("#register\\:city", "Wichita");
            browser.type("#register\\:postalCode", "ABC");
            browser.type("#register\\:contactName", "Reg Istrar");
            browser.type("#register\\:contactEmail", newAdmin);
            browser.type("#register\\:contactPhone", "12");
            browser.andWaitForTheNextPage(() -> browser.click("#register\\:registerAgency"));
            browser.waitForText("not a valid NPI");
            assertTrue(messageBeside(browser, "npi").contains("check digit"), "NPI");
            assertTrue(messageBeside(browser, "medicaidId").contains("4 to 20 letters and digits"), "Medicaid id");
            assertTrue(messageBeside(browser, "street").startsWith("Give the street address"), "street");
            assertEquals("Choose the agency's state.", messageBeside(browser, "state"));
            assertTrue(messageBeside(browser, "postalCode").startsWith("Give the ZIP code"), "ZIP");
            assertTrue(messageBeside(browser, "contactPhone").contains("10 digits"), "phone");
            assertEquals("register:npi", browser.driver().switchTo().activeElement().getAttribute("id"), "the cursor is in the first field at fault");
            assertEquals("Sunflower Peer Works", browser.find("#register\\:legalName").getAttribute("value"), "what was typed is kept");
            browser.screenshot("agency-registration-errors-390");

            browser.type("#register\\:npi", "1245319599");
            browser.type("#register\\:medicaidId", "KS200987");
            browser.type("#register\\:street", "300 N Main St");
            new Select(browser.find("#register\\:state")).selectByVisibleText("Kansas");
            browser.type("#register\\:postalCode", "67202");
            browser.type("#register\\:contactPhone", "(316) 555 0199");
            browser.andWaitForTheNextPage(() -> browser.click("#register\\:registerAgency"));
            browser.waitForText("300 N Main St, Wichita, KS 67202");
            assertTrue(browser.text().contains("Sunflower Peer Works"), browser.text());
        }
        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/agencies.xhtml?q=1245319599");
            staff.click(staff.driver().findElement(By.linkText("Sunflower Peer Works")));
            staff.waitForText("Administrators");
            assertTrue(staff.driver().findElements(By.cssSelector("[id$='removeAdmin']")).isEmpty(), "the only administrator cannot be removed");
            String invitee = "invitee-" + UUID.randomUUID() + "@example.org";
            staff.type("#admins\\:newAdmin", invitee);
            staff.click("#admins\\:addAdmin");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("Give the person's first and last name too");
            staff.type("#admins\\:newAdminFirstName", "Ines");
            staff.type("#admins\\:newAdminLastName", "Invitee");
            staff.click("#admins\\:addAdmin");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText(invitee + " is now an administrator of Sunflower Peer Works");
            assertTrue(staff.find("#adminList").getText().contains("Ines Invitee (" + invitee + "), invited: has not set a password yet"),
                    staff.find("#adminList").getText());
            staff.click("button[aria-label='Remove Ines Invitee as an administrator']");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText(invitee + " is no longer an administrator of Sunflower Peer Works");
            assertFalse(staff.find("#adminList").getText().contains(invitee));
        }
    }

    private static String messageBeside(Browser browser, String fieldId) {
        return browser.find("#register\\:" + fieldId).findElement(By.xpath(
                "./ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message-error')]")).getText();
    }

    @Test
    void theAgencyAdministratorKeepsTheRosterAndChecksBeforeBilling() throws Exception {
        OwnAgency own = new OwnAgency();
        try (Browser agency = new Browser()) {
            agency.signIn(own.admin, TestAccounts.PASSWORD);
            agency.open("/agency/index.xhtml");
            agency.waitForText(own.made.agencyName());
            agency.type("#keys\\:label", "Billing system");
            agency.click("#keys\\:createKey");
            agency.waitForText("Copy it now");
            assertTrue(agency.find("#keys\\:issuedKey").getAttribute("value").startsWith("pck_"));
            assertEquals("keys:issuedKey", agency.driver().switchTo().activeElement().getAttribute("id"),
                    "the new key, shown once, has the focus (and so is scrolled into view), not the top of the page");
            assertTrue(agency.find("#keyList").getText().contains("Active"), "an active key says so in its State column");
            agency.screenshot("agency-home");
            agency.click("#copyKey");
            agency.waitForTextIn("#copyKey", "Copied");
            agency.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Object sideways = ((org.openqa.selenium.JavascriptExecutor) agency.driver()).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;");
            assertEquals(Boolean.FALSE, sideways, "#32: the new key stays within its panel at phone width");
            agency.screenshot("agency-home-phone");
            agency.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

            agency.open("/agency/roster.xhtml");
            agency.waitForText("Jo Rosterfield");
            agency.screenshot("agency-roster");
            agency.type("#add\\:number", own.made.certificateNumber());
            agency.type("#add\\:lastName", "Rosterfield");
            agency.type("#add\\:dateOfBirth_input", "01/01/1999");
            agency.click("#add\\:addPerson");
            agency.waitForText("No certificate matches this number, last name and date of birth");

            Path csv = files.resolve("roster.csv");
            Files.writeString(csv, "certificate_number,last_name,date_of_birth\nPS-CPS-2001-000009,Nobody,1990-01-01\n");
            agency.driver().findElement(By.id("upload:file")).sendKeys(csv.toString());
            agency.click("#upload\\:uploadRoster");
            agency.waitForText("0 added, 0 already on your roster, 1 line not added (listed below).");
            assertTrue(agency.text().contains("no certificate matches"));

            askWhetherTheyMayBill(agency);
            agency.waitForText("Expected reimbursement: $47.00");
            assertTrue(agency.text().contains("Yes: " + own.made.certificateNumber() + ", H0038 on "), "the verdict is Yes: " + agency.text());
            List<String> rules = agency.driver().findElements(By.cssSelector(".findings .rule-id")).stream().map(WebElement::getText).toList();
            assertTrue(rules.containsAll(List.of("R-SUP-1", "R-TRN-3", "R-BG-3", "R-ELIG-4")), "each finding names its rule: " + rules);
            agency.screenshot("agency-check");
        }
    }

    /**
     * #30, the suspension journey: staff suspend a rostered, supervised person's certificate with an end date; the holder,
     * the agency and the supervisor are each mailed with that end, and the agency's roster and billing check give it; staff
     * reinstate, and everyone is told again and the billing check says yes. Each action's page, reopened, shows the same record.
     */
    @Test
    void aSuspensionAndAReinstatementReachTheHolderTheAgencyAndTheSupervisorWithTheEndDate() {
        OwnAgency own = new OwnAgency();
        String number = own.made.certificateNumber();
        LocalDate until = PortalTime.today().plusDays(30);
        String untilShown = UsDates.shown(until);
        Mailbox mailbox = new Mailbox().start();
        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/certificates.xhtml");
            staff.type("#list\\:text", number);
            staff.click("#list\\:find");
            staff.clickLink(number);
            staff.type("#suspend\\:reason", "Billing records are under review.");
            staff.type("#suspend\\:until_input", UsDates.typed(until));
            staff.click("#suspend\\:doSuspend");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("is suspended; the holder has been mailed");
            staff.reopen();
            staff.waitForText("Jo Rosterfield");
            assertEquals("Suspended", staff.find("#certificateStatus").getText(), "the reopened page shows the same certificate, suspended");
        }

        mailbox.expect(own.made.holderEmail(), "Your certificate " + number + " is suspended", "Reason: Billing records are under review.",
                "Suspended until: " + untilShown);
        mailbox.expect(own.admin, "Roster change: Jo Rosterfield (" + number + ") is suspended until " + untilShown,
                "they may not practise or bill peer support while it lasts");
        mailbox.expect(own.supervisor, "Certificate of Jo Rosterfield (" + number + ") is suspended until " + untilShown, "whom you supervise");

        try (Browser agency = new Browser()) {
            agency.signIn(own.admin, TestAccounts.PASSWORD);
            agency.open("/agency/roster.xhtml");
            agency.waitForText("suspended until " + untilShown);
            askWhetherTheyMayBill(agency);
            agency.waitForText("No: " + number);
            assertTrue(agency.text().contains("Suspended until " + untilShown + ", not Active"), agency.text());
            assertFalse(agency.text().contains("Expected reimbursement"), "a refused check promises no payment");
        }
        try (Browser supervisor = new Browser()) {
            supervisor.signIn(own.supervisor, TestAccounts.PASSWORD);
            supervisor.open("/supervisor/notifications.xhtml");
            supervisor.waitForText("Certificate of Jo Rosterfield (" + number + ") is suspended until " + untilShown);
        }
        try (Browser holder = new Browser()) {
            holder.signIn(own.made.holderEmail(), ApplicationFixtures.APPLICANT_PASSWORD);
            holder.waitForText("Your certificates");
            String meaning = holder.find(".certificate-meaning").getText();
            assertTrue(meaning.contains("until " + untilShown) && meaning.contains("Reason: Billing records are under review."), meaning);
        }

        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.open("/staff/certificates.xhtml");
            staff.type("#list\\:text", number);
            staff.click("#list\\:find");
            staff.clickLink(number);
            staff.click("#reinstate\\:doReinstate");
            staff.click(".ui-confirmdialog-yes");
            staff.waitForText("is active again; the holder has been mailed");
            staff.reopen();
            staff.waitForText("Jo Rosterfield");
            assertEquals("Active", staff.find("#certificateStatus").getText());
        }
        mailbox.expect(own.made.holderEmail(), "Your certificate " + number + " is active again", "is active again; it is valid until");
        mailbox.expect(own.admin, "Roster change: Jo Rosterfield (" + number + ") is active", "is now active");
        mailbox.expect(own.supervisor, "Certificate of Jo Rosterfield (" + number + ") is active", "They may practise and bill peer support again.");
        try (Browser agency = new Browser()) {
            agency.signIn(own.admin, TestAccounts.PASSWORD);
            askWhetherTheyMayBill(agency);
            agency.waitForText("Yes: " + number);
        }
    }

    /** The billing check for the roster's one person, four units of H0038 today. */
    private static void askWhetherTheyMayBill(Browser agency) {
        agency.open("/agency/checks.xhtml");
        agency.waitForText("Ask");
        agency.driver().findElement(By.cssSelector("#check\\:person option:nth-child(2)")).click();
        agency.type("#check\\:serviceDate_input", UsDates.typed(PortalTime.today()));
        agency.type("#check\\:consumerDob_input", "01/01/1970");
        agency.type("#check\\:units", "4");
        agency.click("#check\\:ask");
    }

    /** #26: an administrator adds another by their account's email, then removes them after confirming; never themselves. */
    @Test
    void anAdministratorAddsAnotherAndRemovesThemAfterConfirming() {
        OwnAgency own = new OwnAgency();
        String second = ServerFixtures.account("Robin", "Second", Role.SUPERVISOR);
        try (Browser agency = new Browser()) {
            agency.signIn(own.admin, TestAccounts.PASSWORD);
            agency.open("/agency/index.xhtml");
            agency.type("#admins\\:newAdmin", second);
            agency.click("#admins\\:addAdmin");
            agency.click(".ui-confirmdialog-yes");
            agency.waitForText(second + " is now an administrator of your agency.");
            assertEquals(1, agency.driver().findElements(By.cssSelector("#adminList button")).size(),
                    "one Remove button: for the other administrator, not for yourself");
            assertTrue(agency.find("#adminList").getText().contains(", you"), agency.find("#adminList").getText());
            agency.click("#adminList button");
            agency.click(".ui-confirmdialog-yes");
            agency.waitForText("Robin Second is no longer an administrator of your agency; they were told by mail.");
            assertFalse(agency.find("#adminList").getText().contains(second), agency.find("#adminList").getText());
            agency.screenshot("agency-admin-removed");
        }
    }

    @Test
    void anAttestationIsMadeDownloadedAndCheckedByAnyoneOnTheVerifyPage() throws Exception {
        OwnAgency own = new OwnAgency();
        String code;
        try (Browser agency = new Browser()) {
            agency.signIn(own.admin, TestAccounts.PASSWORD);
            agency.open("/agency/roster.xhtml");
            agency.waitForText("Make a dated attestation");
            agency.click("#attest\\:makeAttestation");
            agency.waitForText("Download its PDF from the list below");
            Matcher made = Pattern.compile("Attestation (RA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}) is made: (\\d+) of (\\d+) (?:people|person) eligible").matcher(agency.text());
            assertTrue(made.find(), agency.text());
            assertEquals(List.of("1", "1"), List.of(made.group(2), made.group(3)), "its one person, supervised and certified, is eligible");
            code = made.group(1);
            assertTrue(agency.find("#attest\\:attestations").getText().contains(code));
            agency.screenshot("agency-roster-attestation");
        }
        PortalClient admin = new PortalClient();
        admin.signIn(own.admin, TestAccounts.PASSWORD);
        HttpResponse<byte[]> pdf = admin.download("/agency/export/roster.pdf?code=" + code);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(403, admin.download("/agency/export/roster.pdf?code=RA-0000-0000-0000").statusCode(), "an unknown or another agency's code");
        HttpResponse<byte[]> live = admin.download("/agency/export/roster.pdf");
        assertEquals(200, live.statusCode());
        assertEquals("application/pdf", live.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> csv = admin.download("/agency/export/roster.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String rows = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(rows.startsWith("certificate_number,name,track,") && rows.contains(own.made.certificateNumber()), rows);

        try (Browser auditor = new Browser()) {
            auditor.open("/verify.xhtml");
            auditor.type("#byAttestation\\:attestationCode", "RA-0000-0000-0000");
            auditor.click("#byAttestation\\:checkAttestation");
            auditor.waitForText("No roster attestation has the code RA-0000-0000-0000");
            auditor.type("#byAttestation\\:attestationCode", code.toLowerCase(java.util.Locale.ROOT));
            auditor.click("#byAttestation\\:checkAttestation");
            auditor.waitForText("Roster attestation " + code);
            assertTrue(auditor.text().contains(own.made.agencyName()), auditor.text());
            assertTrue(auditor.find("#attestedPeople").getText().contains("Jo Rosterfield"), auditor.text());
            auditor.screenshot("verify-attestation");
            auditor.open("/verify?attestation=" + code);
            auditor.waitForText("Roster attestation " + code);
        }
    }

    @Test
    void theSupervisorStaffAndAdministratorSeeTheirPages() {
        OwnAgency own = new OwnAgency();
        try (Browser supervisor = new Browser()) {
            supervisor.signIn(own.supervisor, TestAccounts.PASSWORD);
            supervisor.open("/supervisor/index.xhtml");
            supervisor.waitForText("Jo Rosterfield");
            LocalDate licenseExpires = PortalTime.today().plusYears(2);
            new Select(supervisor.find("#declare\\:kind")).selectByVisibleText(LMHP);
            supervisor.type("#declare\\:licenseNumber", "LMHP-4417");
            supervisor.type("#declare\\:licenseState", "KS");
            supervisor.type("#declare\\:licenseExpiresOn_input", UsDates.typed(licenseExpires));
            supervisor.click("#declare\\:declareQualification");
            supervisor.waitForText("Your qualification as " + LMHP + " is with state staff to verify.");
            String declared = rowOf(supervisor, "#qualifications tbody tr", LMHP);
            assertTrue(declared.contains("LMHP-4417 (KS), expires " + UsDates.shown(licenseExpires)), "the date in words: " + declared);
            assertTrue(declared.contains("Waiting for staff"), declared);
            supervisor.screenshot("supervisor-home");

            try (Browser staff = new Browser()) {
                staff.signIn(staffEmail, TestAccounts.PASSWORD);
                staff.open("/staff/agencies.xhtml");
                staff.waitForText(own.supervisor);
                staff.screenshot("staff-agencies");
                WebElement waiting = staff.driver().findElements(By.cssSelector("#agencies\\:qualifications tbody tr")).stream()
                        .filter(row -> row.getText().contains(own.supervisor)).findFirst().orElseThrow();
                assertTrue(waiting.getText().contains(LMHP), waiting.getText());
                staff.click(waiting.findElement(By.xpath(".//button[.//span[text()='Verify']]")));
                staff.waitForText("Qualification as " + LMHP + ": Verified.");
                assertFalse(staff.find("#agencies\\:qualifications").getText().contains(own.supervisor), "no longer waiting");
            }

            supervisor.open("/supervisor/index.xhtml");
            supervisor.waitForText("Jo Rosterfield");
            assertTrue(rowOf(supervisor, "#qualifications tbody tr", LMHP).contains("Verified"), supervisor.text());
        }
        try (Browser admin = new Browser()) {
            admin.signIn(adminEmail, TestAccounts.PASSWORD);
            admin.open("/admin/service-rules.xhtml");
            admin.waitForText("Community transition support");
            admin.click(admin.driver().findElements(By.cssSelector("#ruleTable button")).get(0));
            admin.waitForText("Leave a limit empty");
            admin.type("#edit\\:maxGroupSize", "0");
            admin.click("#edit\\:saveRule");
            admin.waitForText("Limits are whole numbers from 1 to 100000");
            admin.screenshot("admin-service-rules");
        }
    }

    private static final String LMHP = "Licensed Mental Health Professional (LMHP)";

    /** The text of the first row matching the selector that contains the words given. */
    private static String rowOf(Browser browser, String rows, String containing) {
        return browser.driver().findElements(By.cssSelector(rows)).stream().map(WebElement::getText)
                .filter(text -> text.contains(containing)).findFirst().orElseThrow(() -> new AssertionError("no row with " + containing));
    }

    @Test
    void eachNewPageIsRefusedToTheOtherRoles() {
        new RoleAccess().as(Role.AGENCY_ADMIN, new OwnAgency().admin).page("/agency/roster.xhtml", Role.AGENCY_ADMIN).page("/agency/checks.xhtml", Role.AGENCY_ADMIN)
                .page("/agency/notifications.xhtml", Role.AGENCY_ADMIN).page("/agency/export/roster.csv", Role.AGENCY_ADMIN)
                .page("/agency/export/roster.pdf", Role.AGENCY_ADMIN).page("/agency/export/checks.csv", Role.AGENCY_ADMIN)
                .page("/staff/agencies.xhtml", Role.STAFF).page("/staff/agency.xhtml?id=1", Role.STAFF).page("/admin/service-rules.xhtml", Role.ADMIN)
                .page("/supervisor/index.xhtml", Role.SUPERVISOR).verify();
    }
}
