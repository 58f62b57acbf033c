package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.peercert.account.Role;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalClient;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * Issue #25 in the browser: a program manager opens Reports from the menu, picks a period and region, reads a chart with
 * its table, moves to another report keeping the filter, and downloads the files, where small counts are hidden.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {

    private static String staffEmail;
    private static String year;
    private static String region;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void records() {
        staffEmail = ServerFixtures.account("Pat", "Program", Role.STAFF);
        String[] seeded = ServerFixtures.reportRecords();
        year = seeded[0];
        region = seeded[1];
    }

    private static String query(String report) {
        return "report=" + report + "&from=" + year + "-01-01&to=" + year + "-12-31&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
    }

    @Test
    void aProgramManagerReadsTheWorkforceAndThePipelineForAYearAndRegion() {
        try (Browser staff = new Browser()) {
            staff.signIn(staffEmail, TestAccounts.PASSWORD);
            staff.click(staff.driver().findElement(By.linkText("Reports")));
            staff.waitForText("Active certificants by track");
            staff.open("/reports/index.xhtml?" + query("workforce"));
            staff.waitForText("Certificates month by month");
            assertTrue(staff.driver().findElements(By.cssSelector(".report-chart canvas[role='img']")).size() >= 3, "a chart beside the tables");
            String byTrack = staff.find("#table0").getText();
            assertTrue(byTrack.contains("Certified Peer Specialist 2") && byTrack.contains("All tracks 4"), byTrack);
            assertEquals(region, staff.find("#region option[selected]").getText(), "the filter shows the region chosen");
            staff.checkAccessibility();
            staff.screenshot("reports-workforce");

            staff.click(staff.driver().findElement(By.linkText("Pipeline")));
            staff.waitForText("From application to certificate");
            assertTrue(staff.driver().getCurrentUrl().contains("report=pipeline") && staff.driver().getCurrentUrl().contains("from=" + year + "-01-01"),
                    "the address keeps the filter: " + staff.driver().getCurrentUrl());
            assertTrue(staff.find("#table0").getText().contains("Started 3 100.0%"), staff.find("#table0").getText());
            staff.driver().navigate().refresh();
            staff.waitForText("From application to certificate");
            staff.checkAccessibility();
            staff.screenshot("reports-pipeline");
        }
    }

    @Test
    void onAPhoneTheReportFitsTheScreenAndAnImpossiblePeriodIsExplained() {
        try (Browser phone = new Browser(390, 844)) {
            phone.signIn(staffEmail, TestAccounts.PASSWORD);
            phone.open("/reports/index.xhtml?" + query("training-and-test"));
            phone.waitForText("Written test pass rates");
            long overflow = (Long) ((JavascriptExecutor) phone.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "no sideways scrolling at 390 px");
            phone.screenshot("reports-training-phone");
            phone.open("/reports/index.xhtml?report=pipeline&from=2025-12-31&to=2025-01-01");
            phone.waitForText("The report's period needs a first and a last day");
        }
    }

    /** The cells of a workbook that must hold one sheet. */
    private static List<String> cellsOfOnlySheet(byte[] xlsx) {
        try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertEquals(1, sheets.size());
            return sheets.get(0).read().stream()
                    .flatMap(row -> row.stream().map(cell -> cell == null ? "" : cell.getRawValue())).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFilesLeaveSmallCountsAsFewerThanFive() {
        PortalClient staff = new PortalClient();
        staff.signIn(staffEmail, TestAccounts.PASSWORD);
        PortalClient.Page csv = staff.get("/reports/export?" + query("workforce") + "&format=csv&table=0");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Disposition").contains("workforce-" + year + "-01-01-to-" + year + "-12-31-1.csv"), csv.header("Content-Disposition"));
        assertEquals("Track,People\r\nCertified Peer Specialist,fewer than 5\r\nParent Peer Support Specialist,fewer than 5\r\nAll tracks,fewer than 5\r\n",
                csv.body());
        HttpResponse<byte[]> xlsx = staff.download("/reports/export?" + query("pipeline") + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1), "a zip: the XLSX container");
        List<String> oneTable = cellsOfOnlySheet(staff.download("/reports/export?" + query("workforce") + "&format=xlsx&table=0").body());
        assertTrue(oneTable.containsAll(List.of("Track", "People", "Certified Peer Specialist", "fewer than 5")), "one table as a workbook: " + oneTable);
        assertFalse(oneTable.contains("New"), "no other table's headings: " + oneTable);
        assertEquals(400, staff.get("/reports/export?" + query("workforce") + "&format=xlsx&table=99").status());
        HttpResponse<byte[]> pdf = staff.download("/reports/export?" + query("training-and-test") + "&format=pdf");
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(400, staff.get("/reports/export?" + query("workforce") + "&format=docx").status());
        assertFalse(staff.get("/reports/export?" + query("workforce") + "&format=csv&table=99").status() == 200);
    }

    @Test
    void anAgencyAdministratorSeesTheWorkforceOfTheirOwnRosterAndNoOtherReport() {
        String admin = "agency-" + UUID.randomUUID() + "@example.org";
        String agencyName = ServerFixtures.supervisedAgency(admin, "supervisor-" + UUID.randomUUID() + "@example.org", "Wren", "Workforce",
                LocalDate.of(1983, 3, 3)).agencyName();
        try (Browser agency = new Browser()) {
            agency.signIn(admin, TestAccounts.PASSWORD);
            agency.click(agency.driver().findElement(By.linkText("Workforce report")));
            agency.waitForText("Figures for the people on the roster of " + agencyName);
            agency.open("/reports/index.xhtml?report=pipeline");
            agency.waitForText("Active certificants by track");
            assertFalse(agency.text().contains("From application to certificate"), "the pipeline is the program's, not the agency's");
            assertTrue(agency.driver().findElements(By.cssSelector("nav.report-nav")).isEmpty(), "one report: no list of reports");
            assertTrue(agency.find("#table0").getText().contains("All tracks 1"), agency.find("#table0").getText());
            assertFalse(agency.text().contains("Active certificants by agency"));
            agency.screenshot("reports-agency");
        }
        PortalClient client = new PortalClient();
        client.signIn(admin, TestAccounts.PASSWORD);
        assertEquals(403, client.get("/reports/export?report=pipeline&format=csv&table=0").status());
    }

    @Test
    void anAdministratorUploadsThePostalCodeListAndSeesTheLinesLeftOutWithTheirReasons() throws Exception {
        String admin = ServerFixtures.account("Ada", "Areas", Role.ADMIN);
        String region = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("postal-areas", ".csv");
        java.nio.file.Files.writeString(file, "postal_code,county,region\n02901,Elm," + region + "\n2901,Fir," + region + "\n");
        try (Browser browser = new Browser()) {
            browser.signIn(admin, TestAccounts.PASSWORD);
            browser.click(browser.driver().findElement(By.linkText("Regions")));
            browser.waitForText("Upload the list");
            browser.find("#upload\\:file").sendKeys(file.toString());
            browser.andWaitForTheNextPage(() -> browser.click("#upload\\:uploadList"));
            browser.waitForText("1 postal code listed; 1 line was left out (below), so no code was taken off the list");
            assertTrue(browser.find("#rejectedLines").getText().contains("the postal code must be five digits, not '2901'"),
                    browser.find("#rejectedLines").getText());
            assertTrue(browser.find("#regions").getText().contains(region + " 1 1"), browser.find("#regions").getText());
            browser.checkAccessibility();
            browser.screenshot("admin-postal-areas");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
