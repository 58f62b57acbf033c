package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.peercert.account.Role;
import org.peercert.account.web.Menu;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.SessionRoundTripServlet;
import org.peercert.testing.TestAccounts;

/**
 * What a second node does with a session it takes over: a signed-in staff member opens each of their pages and a
 * record of each kind, the whole session is serialized and read back in place ({@link SessionRoundTripServlet}), and the
 * page is posted back and works on the restored views and view-scoped beans (no expired view, no error page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionFailoverBrowserIT {

    private static final String ROUND_TRIP = "/staff/test-support/session-round-trip";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyStaffPageWorksOnASessionSerializedAndRestored() {
        ServerFixtures.holder(TestAccounts.emailFor(Role.APPLICANT), "Fay", "Failover", LocalDate.of(1981, 8, 8), TestAccounts.PASSWORD);
        try (Browser staff = new Browser()) {
            staff.signIn(ServerFixtures.someone(Role.STAFF), TestAccounts.PASSWORD);
            for (Menu.Entry entry : Menu.entriesFor(Set.of(Role.STAFF))) {
                staff.open(entry.page());
                survivesTheTrip(staff, entry.page());
            }
            for (String list : List.of("/staff/applications.xhtml", "/staff/certificates.xhtml")) {
                staff.open(list);
                List<WebElement> records = staff.driver().findElements(By.cssSelector("main table a[href*='id=']"));
                assertFalse(records.isEmpty(), list + " lists no record to open");
                staff.click(records.get(0));
                survivesTheTrip(staff, staff.driver().getCurrentUrl());
            }
        }
    }

    private static void survivesTheTrip(Browser staff, String page) {
        String title = staff.title();
        String answer = roundTrip(staff);
        assertTrue(answer.startsWith("restored"), page + ": the session did not survive serialization:\n" + answer);
        postBack(staff);
        assertEquals(title, staff.title(), page + " after the session's round trip:\n" + staff.text());
    }

    /** Fetched from the page itself, so it runs in the browser's session. */
    private static String roundTrip(Browser staff) {
        return (String) ((JavascriptExecutor) staff.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done((r.ok ? '' : r.status + ' ') + t)))"
                        + ".catch(e => done('failed ' + e));", Deployments.url(ROUND_TRIP));
    }

    /** Submits the page's main form as it is: Faces restores its view from the session and renders it again. */
    private static void postBack(Browser staff) {
        WebElement form = staff.driver().findElements(By.cssSelector("main form[method='post']")).stream()
                .filter(f -> !f.findElements(By.name("jakarta.faces.ViewState")).isEmpty()).findFirst().orElse(null);
        if (form == null) {
            return;
        }
        staff.andWaitForTheNextPage(() -> ((JavascriptExecutor) staff.driver()).executeScript("arguments[0].submit();", form));
    }
}
