package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.peercert.account.Role;
import org.peercert.account.web.Menu;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalEnums;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** The layout: a skip link for keyboard users, usable at phone width, friendly error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LayoutBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void firstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.screenshot("home");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("Skip to main content", focused.getText());
            focused.sendKeys(Keys.ENTER);
            assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
        }
    }

    @Test
    void pagesFitAPhoneScreenWithoutSidewaysScrolling() {
        try (Browser browser = new Browser(375, 812)) {
            for (String page : new String[]{"/", "/login.xhtml", "/account/register.xhtml", "/tracks.xhtml", "/verify", "/verify.xhtml"}) {
                browser.open(page);
                assertFitsWidth(browser, page);
                assertFalse(RULE_ID.matcher(browser.text()).find(), page + " shows the public an internal rule id: " + browser.text());
            }
            browser.screenshot("phone-register");
            browser.signIn(ServerFixtures.someone(Role.ADMIN), TestAccounts.PASSWORD);
            browser.open("/admin/users.xhtml");
            assertFitsWidth(browser, "/admin/users.xhtml");
            browser.screenshot("phone-admin-users");
        }
    }

    @Test
    void theBrowserRefusesAScriptSlippedIntoAPageAndTheTestsNoticeIt() {
        try (Browser browser = new Browser()) {
            browser.open("/verify");
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const script = document.createElement('script');
                    script.textContent = 'document.title = "injected"';
                    document.body.appendChild(script);
                    """);

            assertFalse("injected".equals(browser.title()), "an inline script without the page's nonce must not run");
            AssertionError refused = assertThrows(AssertionError.class, browser::checkContentSecurityPolicy);
            assertTrue(refused.getMessage().contains("script-src"), refused.getMessage());
        }
    }

    @Test
    void refusedPageShowsTheFriendly403PageWithAWayHome() {
        try (Browser browser = new Browser()) {
            browser.signIn(ServerFixtures.someone(Role.APPLICANT), TestAccounts.PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.waitForText("You cannot open this page");
            assertTrue(browser.text().contains("Go to your home page"));
            browser.screenshot("error-403");
            browser.open("/no-such-page.xhtml");
            browser.waitForText("Page not found");
        }
    }

    /**
     * Someone of each role, with records of their own where the menu's pages show a person's own records: a certificate
     * holder, an agency with a supervised person on its roster and its supervisor, the fixtures' trainer (whose
     * cohorts the fixtures make) and staff.
     */
    private static Map<Role, String> peopleWithRecords() {
        Map<Role, String> people = new EnumMap<>(Role.class);
        Arrays.stream(Role.values()).forEach(role -> people.put(role, ServerFixtures.someone(role)));
        String holder = TestAccounts.emailFor(Role.APPLICANT);
        ServerFixtures.holder(holder, "Lane", "Layout", LocalDate.of(1983, 3, 14), TestAccounts.PASSWORD);
        people.put(Role.APPLICANT, holder);
        String agencyAdmin = TestAccounts.emailFor(Role.AGENCY_ADMIN);
        String supervisor = TestAccounts.emailFor(Role.SUPERVISOR);
        ServerFixtures.supervisedAgency(agencyAdmin, supervisor, "Rory", "Rostered", LocalDate.of(1979, 6, 1));
        people.put(Role.AGENCY_ADMIN, agencyAdmin);
        people.put(Role.SUPERVISOR, supervisor);
        people.put(Role.TRAINER, TestAccounts.TRAINER);
        people.put(Role.STAFF, TestAccounts.STAFF);
        return people;
    }

    /** Words a page may show in capitals although an enum has a value of that name. */
    private static final Set<String> ACRONYMS = Set.of("CPS", "PPS", "GED", "QMHP", "LMHP", "CE", "NPI", "PDF", "CSV", "ZIP", "UTC");

    private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z]+-\\d");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*\\b");

    /**
     * Every page of every role's menu at phone width: no sideways scrolling, plain tables stacked row by row, no enum
     * names or message keys on screen
     * (nor, for applicants, rule ids),
     * and (as every page the browser opens) no serious accessibility violation.
     */
    @Test
    void everyMenuPageOfEveryRoleFitsAPhoneAndSpeaksPlainWords() {
        Set<String> enumNames = PortalEnums.shown().stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(value -> ((Enum<?>) value).name()).filter(name -> !ACRONYMS.contains(name)).collect(Collectors.toSet());
        Map<Role, String> people = peopleWithRecords();
        List<String> problems = new ArrayList<>();
        // One phone for every role in turn, each sign-in replacing the session before it (a shared device).
        try (Browser phone = new Browser(390, 844)) {
            for (Role role : Role.values()) {
                phone.signIn(people.get(role), TestAccounts.PASSWORD);
                for (Menu.Entry entry : Menu.entriesFor(Set.of(role))) {
                    phone.open(entry.page());
                    String page = role + " " + entry.page();
                    Number scroll = (Number) ((JavascriptExecutor) phone.driver()).executeScript("return document.documentElement.scrollWidth");
                    Number window = (Number) ((JavascriptExecutor) phone.driver()).executeScript("return window.innerWidth");
                    if (scroll.intValue() > window.intValue()) {
                        problems.add(page + " is " + scroll + " px wide on a " + window + " px phone");
                    }
                    Number inColumns = (Number) ((JavascriptExecutor) phone.driver()).executeScript("return [...document.querySelectorAll("
                            + "'table.checklist tbody td')].filter(td => td.getClientRects().length && getComputedStyle(td).display !== 'block').length");
                    if (inColumns.intValue() > 0) {
                        problems.add(page + " squeezes a table into columns on a phone (" + inColumns + " cells) instead of stacking its rows");
                    }
                    // Data shown as its source wrote it (the federal exclusion list is in capitals) is not the portal's words.
                    String text = (String) ((JavascriptExecutor) phone.driver()).executeScript("const shown = [...document.querySelectorAll('.verbatim')];"
                            + " shown.forEach(e => e.style.display = 'none'); const text = document.body.innerText;"
                            + " shown.forEach(e => e.style.display = ''); return text;");
                    Arrays.stream(text.split("[^A-Za-z0-9_]+")).filter(enumNames::contains).distinct()
                            .forEach(word -> problems.add(page + " shows the code " + word));
                    Matcher key = MESSAGE_KEY.matcher(text);
                    while (key.find()) {
                        problems.add(page + " shows the message key " + key.group());
                    }
                    Matcher ruleId = RULE_ID.matcher(text);
                    if (role == Role.APPLICANT && ruleId.find()) {
                        problems.add(page + " shows an applicant the rule id " + ruleId.group());
                    }
                    if (text.contains("???")) {
                        problems.add(page + " shows an unresolved message");
                    }
                }
                phone.screenshot("phone-menu-" + role.name().toLowerCase());
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void assertFitsWidth(Browser browser, String page) {
        Number scroll = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth");
        assertTrue(scroll.intValue() <= viewport.intValue(), page + " is " + scroll + "px wide on a " + viewport + "px screen");
    }
}
