package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.peercert.account.Role;
import org.peercert.testing.Browser;
import org.peercert.testing.DemoUsers;
import org.peercert.testing.Deployments;

/** The layout: a skip link for keyboard users, usable at phone width, friendly error pages. */
@ExtendWith(ArquillianExtension.class)
class LayoutBrowserIT {

    @Deployment(testable = false)
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
            for (String page : new String[]{"/", "/login.xhtml", "/account/register.xhtml"}) {
                browser.open(page);
                assertFitsWidth(browser, page);
            }
            browser.screenshot("phone-register");
            browser.signIn(DemoUsers.email(Role.ADMIN), DemoUsers.PASSWORD);
            browser.open("/admin/users.xhtml");
            assertFitsWidth(browser, "/admin/users.xhtml");
            browser.screenshot("phone-admin-users");
        }
    }

    @Test
    void refusedPageShowsTheFriendly403PageWithAWayHome() {
        try (Browser browser = new Browser()) {
            browser.signIn(DemoUsers.email(Role.APPLICANT), DemoUsers.PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.waitForText("You cannot open this page");
            assertTrue(browser.text().contains("Go to your home page"));
            browser.screenshot("error-403");
            browser.open("/no-such-page.xhtml");
            browser.waitForText("Page not found");
        }
    }

    private static void assertFitsWidth(Browser browser, String page) {
        Number scroll = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth");
        assertTrue(scroll.intValue() <= viewport.intValue(), page + " is " + scroll + "px wide on a " + viewport + "px screen");
    }
}
