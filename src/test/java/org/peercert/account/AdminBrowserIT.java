package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.RoleAccess;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** The administrator invites a trainer, who sets a password and sees only the trainer's menu; the audit trail shows it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    /** The people this class acts as, its own. */
    private static String adminEmail;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        adminEmail = ServerFixtures.account("Avery", "Admin", Role.ADMIN);
    }

    private Mailbox mailbox;
    private Browser browser;

    @TempDir
    Path files;

    @BeforeEach
    void start() {
        mailbox = new Mailbox().start();
        browser = new Browser(1280, 1100);
    }

    @AfterEach
    void stop() {
        browser.close();
        mailbox.close();
    }

    @Test
    void invitedTrainerSetsPasswordAndSeesOnlyTheTrainerMenu() {
        String email = "trainer-" + UUID.randomUUID() + "@example.org";
        browser.signIn(adminEmail, TestAccounts.PASSWORD);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/index.xhtml"));
        browser.screenshot("admin-home");

        inviteTrainer(email);
        browser.screenshot("admin-users");
        browser.signOut();

        Message invitation = mailbox.awaitMessage(email, "You are invited", Duration.ofSeconds(20));
        assertTrue(Mailbox.body(invitation).contains("Trainer"));
        browser.driver().get(Mailbox.link(invitation));
        browser.waitForText("Welcome to " + TestAccounts.PROGRAM);
        browser.type("#setPassword\\:password", "chalkboard sunrise ferry");
        browser.type("#setPassword\\:confirmation", "chalkboard sunrise ferry");
        browser.click("#setPassword\\:save");
        browser.waitForText("Your account is ready");

        browser.signIn(email, "chalkboard sunrise ferry");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/trainer/index.xhtml"), browser.driver().getCurrentUrl());
        String menu = browser.find("nav.main-menu").getText();
        assertTrue(menu.contains("Trainer home"));
        assertFalse(menu.contains("Users") || menu.contains("Audit trail") || menu.contains("My certification"), menu);
        browser.signOut();

        browser.signIn(adminEmail, TestAccounts.PASSWORD);
        browser.open("/admin/audit.xhtml");
        browser.type("#audit\\:subject", email);
        browser.click("#audit\\:filter");
        browser.waitForText("Invitation accepted");
        assertTrue(browser.text().contains("Account invited"));
        browser.checkAccessibility();
        browser.screenshot("admin-audit");

        browser.open("/admin/mail.xhtml");
        browser.type("#mail\\:recipient", email);
        browser.click("#mail\\:find");
        browser.waitForText("You are invited to " + TestAccounts.PROGRAM);
        var togglers = browser.driver().findElements(By.cssSelector("#mail\\:messages .ui-row-toggler"));
        browser.click(togglers.get(togglers.size() - 1)); // the oldest: the invitation
        browser.waitForText("[removed]");
        browser.screenshot("admin-mail");
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        String email = ServerFixtures.account("supervisor-" + UUID.randomUUID() + "@example.org", "Sam", "Disabled", TestAccounts.PASSWORD,
                Role.SUPERVISOR);
        try (Browser supervisor = new Browser()) {
            supervisor.signIn(email, TestAccounts.PASSWORD);
            supervisor.open("/supervisor/index.xhtml");
            supervisor.waitForText("Signed in as");

            browser.signIn(adminEmail, TestAccounts.PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.type("#users\\:search", email);
            browser.click("#users\\:find");
            browser.click("button[title='Disable " + email + "']");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText(email + " is disabled");

            supervisor.open("/supervisor/index.xhtml");
            supervisor.waitForText("Your access has changed");
            assertTrue(supervisor.driver().getCurrentUrl().contains("/login.xhtml"));
            supervisor.signInThroughThePage(email, TestAccounts.PASSWORD);
            supervisor.waitForText("This account is disabled. Contact your state certification office.");

            browser.click("button[title='Enable " + email + "']");
            browser.waitForText(email + " can sign in again");
            supervisor.signIn(email, TestAccounts.PASSWORD);
            supervisor.open("/supervisor/index.xhtml");
            supervisor.waitForText("Signed in as");
        }
    }

    /**
     * #28: an administrator gives the office a seal: a file that is not a picture is refused beside the field; the seal
     * heads every page, served to anyone and cached; the preview of the office's pictures is for administrators only; the
     * administrator stops using it again (this test leaves the portal without a seal, as it found it).
     */
    @Test
    void anAdministratorGivesTheOfficeASealThatHeadsEveryPageThenStopsUsingIt() throws IOException {
        Path notAPicture = Files.writeString(files.resolve("seal.png"), "not a picture at all");
        Path seal = Files.writeString(files.resolve("office-seal.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
                  <circle cx="50" cy="50" r="46" fill="#f2c200" stroke="#1b365d" stroke-width="6"/>
                </svg>""");
        browser.signIn(adminEmail, TestAccounts.PASSWORD);
        browser.open("/admin/office.xhtml");
        browser.waitForText("Names and contact");
        assertTrue(browser.text().contains("Sunflower Peer Certification Board"), "the configured office: " + browser.text());
        assertTrue(browser.driver().findElements(By.cssSelector("img.brand__seal")).isEmpty(), "no seal before one is uploaded");

        browser.driver().findElement(By.id("seal:file")).sendKeys(notAPicture.toString());
        browser.click("#seal\\:upload");
        browser.waitForText("Only PDF, JPEG or PNG files are accepted");
        browser.driver().findElement(By.id("seal:file")).sendKeys(seal.toString());
        browser.click("#seal\\:upload");
        try {
            browser.waitForText("Seal or logo: uploaded, and in use from now on.");
            browser.reopen();
            browser.waitForText("In use since");
            String sealPath = pathOf(browser.find("img.brand__seal").getAttribute("src"));
            assertTrue(sealPath.startsWith("/office-seal?id="), sealPath);
            browser.screenshot("admin-office-seal");

            PortalClient visitor = new PortalClient();
            HttpResponse<byte[]> served = visitor.download(sealPath);
            assertEquals(200, served.statusCode(), "the seal heads public pages too");
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""), "an SVG is kept as the PNG drawn from it");
            assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"), "an id's picture never changes");
            assertTrue(visitor.get("/verify").body().contains("src=\"" + Deployments.url("").replaceFirst("^https?://[^/]+", "") + sealPath + "\""),
                    "the public lookup, written without Faces, heads with it too");
            String preview = pathOf(browser.find(".office-image__picture").getAttribute("src"));
            assertTrue(preview.startsWith("/admin/office-image?id="), preview);
            new RoleAccess().page(preview, Role.ADMIN).page("/admin/office.xhtml", Role.ADMIN).verify();

            String invited = "trainer-" + UUID.randomUUID() + "@example.org";
            inviteTrainer(invited);
            Message invitation = mailbox.expect(invited, "You are invited", "Trainer");
            BufferedImage mailed = ImageIO.read(new ByteArrayInputStream(Mailbox.inlinePicture(invitation, "office-seal@peercert")));
            assertEquals(144, Math.max(mailed.getWidth(), mailed.getHeight()), "the mail carries a small copy of the seal, sharp at 72 px");
            assertEquals(0xF2C200, mailed.getRGB(mailed.getWidth() / 2, mailed.getHeight() / 2) & 0xFFFFFF,
                    "the mail's HTML shows the seal in force (its yellow middle), sent inside the mail");
        } finally {
            browser.open("/admin/office.xhtml");
            browser.click("#seal\\:stop");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText("Seal or logo: no longer used on what is issued from today on.");
        }
        assertTrue(browser.driver().findElements(By.cssSelector("img.brand__seal")).isEmpty(), "the pages head without it again");
        assertTrue(browser.find("#sealHistory").getText().contains("Stopped using it"), browser.find("#sealHistory").getText());
    }

    /**
     * #28: an administrator names a track the state's way: a wrong abbreviation is refused beside its field with what was
     * typed kept; the saved title shows on the public tracks page at once. The test puts the names back.
     */
    @Test
    void anAdministratorRenamesATrackAndThePublicPageSaysItAtOnce() {
        browser.signIn(adminEmail, TestAccounts.PASSWORD);
        browser.open("/admin/tracks.xhtml");
        String title = browser.find("#parent\\:title").getAttribute("value");
        String abbreviation = browser.find("#parent\\:abbreviation").getAttribute("value");
        try {
            browser.type("#parent\\:title", "Family Peer Support Partner");
            browser.type("#parent\\:abbreviation", "F-PS");
            browser.click("#parent\\:save");
            browser.waitForText("Give an abbreviation of 2 to 8 capital letters or digits");
            assertEquals("Family Peer Support Partner", browser.find("#parent\\:title").getAttribute("value"), "what was typed stays");
            browser.type("#parent\\:abbreviation", "FPSP");
            browser.click("#parent\\:save");
            browser.waitForText("Family Peer Support Partner: saved.");
            browser.screenshot("admin-tracks");
            browser.open("/tracks.xhtml");
            browser.waitForText("Family Peer Support Partner (FPSP)");
        } finally {
            browser.open("/admin/tracks.xhtml");
            browser.type("#parent\\:title", title);
            browser.type("#parent\\:abbreviation", abbreviation);
            browser.click("#parent\\:save");
            browser.waitForText(title + ": saved.");
        }
        new RoleAccess().page("/admin/tracks.xhtml", Role.ADMIN).verify();
    }

    /** Invites a trainer from the users page, as the signed-in administrator. */
    private void inviteTrainer(String email) {
        browser.open("/admin/users.xhtml");
        browser.click("#users\\:openInvite");
        browser.type("#invite\\:firstName", "Tamsin");
        browser.type("#invite\\:lastName", "Teach");
        browser.type("#invite\\:email", email);
        browser.click("label[for='invite:roles:5']");
        browser.screenshot("admin-invite-dialog");
        browser.click("#invite\\:send");
        browser.waitForText("An invitation was sent to " + email);
    }

    /** The portal's path of an address the page gives, without the server and context path. */
    private static String pathOf(String address) {
        String base = Deployments.url("");
        assertTrue(address.startsWith(base), address);
        return address.substring(base.length());
    }
}
