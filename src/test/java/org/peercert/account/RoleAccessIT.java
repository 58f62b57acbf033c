package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalClient;
import org.peercert.testing.RoleAccess;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/** Each role opens its own area and gets the 403 page everywhere else; anonymous visitors are sent to sign in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void eachRoleLandsOnItsHomeAndIsRefusedEveryOtherArea() {
        for (Role role : Role.values()) {
            PortalClient client = new PortalClient();
            PortalClient.Page signedIn = client.signIn(ServerFixtures.someone(role), TestAccounts.PASSWORD);
            assertEquals(302, signedIn.status(), role + " sign-in");
            assertTrue(signedIn.location().endsWith(role.homePage()), role + " lands on " + signedIn.location());

            for (Role area : Role.values()) {
                PortalClient.Page page = client.get(area.homePage());
                if (area == role) {
                    assertEquals(200, page.status(), role + " opens its own home");
                    assertTrue(page.body().contains("Signed in as"), role + " home shows who is signed in");
                } else {
                    assertEquals(403, page.status(), role + " must be refused " + area.homePage());
                    assertTrue(page.body().contains("You cannot open this page"), "friendly 403 page for " + role);
                }
            }
        }
    }

    @Test
    void adminPagesAreRefusedToEveryOtherRole() {
        new RoleAccess().page("/admin/users.xhtml", Role.ADMIN).page("/admin/audit.xhtml", Role.ADMIN).page("/admin/mail.xhtml", Role.ADMIN)
                .page("/admin/curriculum.xhtml", Role.ADMIN).verify();
    }

    @Test
    void applicationPagesAndDocumentDownloadsAreRefusedToOtherRoles() {
        for (Role role : Role.values()) {
            PortalClient client = new PortalClient();
            client.signIn(ServerFixtures.someone(role), TestAccounts.PASSWORD);
            assertEquals(role == Role.STAFF ? 200 : 403, client.get("/staff/applications.xhtml").status(), role + " staff queue");
            assertEquals(role == Role.STAFF ? 200 : 403, client.get("/staff/review.xhtml?id=1").status(), role + " review");
            assertEquals(role == Role.APPLICANT ? 200 : 403, client.get("/applicant/application.xhtml").status(), role + " application");
            if (role != Role.APPLICANT && role != Role.STAFF) {
                assertEquals(403, client.get("/documents/download?id=1").status(), role + " must not download documents");
            }
        }
        PortalClient.Page anonymous = new PortalClient().get("/documents/download?id=1");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location().endsWith("/login.xhtml"));
    }

    @Test
    void exclusionPagesAreForStaffAndCohortPagesForTrainers() {
        new RoleAccess().page("/staff/exclusions.xhtml", Role.STAFF).page("/staff/exclusion-matches.xhtml", Role.STAFF)
                .page("/trainer/cohorts.xhtml", Role.TRAINER).page("/trainer/cohort.xhtml?id=1", Role.TRAINER).verify();
    }

    @Test
    void trainingAndTestPagesAreForTheirRolesOnly() {
        new RoleAccess().page("/staff/exam-items.xhtml", Role.STAFF).page("/staff/readiness.xhtml", Role.STAFF)
                .page("/applicant/exam.xhtml", Role.APPLICANT).page("/applicant/training.xhtml", Role.APPLICANT)
                .page("/admin/curriculum.xhtml", Role.ADMIN).verify();
    }

    @Test
    void reportsAreForStaffAdministratorsTheNetworkAndAgenciesEachToTheirOwn() {
        String agencyAdmin = "agency-" + java.util.UUID.randomUUID() + "@example.org";
        ServerFixtures.supervisedAgency(agencyAdmin, "supervisor-" + java.util.UUID.randomUUID() + "@example.org", "Remy", "Reported",
                java.time.LocalDate.of(1984, 4, 4));
        new RoleAccess().as(Role.AGENCY_ADMIN, agencyAdmin).page("/reports/index.xhtml", Role.STAFF, Role.ADMIN, Role.NETWORK_STAFF, Role.AGENCY_ADMIN)
                .page("/reports/export?report=pipeline&format=csv&table=0", Role.STAFF, Role.ADMIN)
                .page("/reports/export?report=network&format=csv&table=0", Role.STAFF, Role.ADMIN, Role.NETWORK_STAFF)
                .page("/reports/export?report=workforce&format=csv&table=0", Role.STAFF, Role.ADMIN, Role.AGENCY_ADMIN)
                .page("/admin/postal-areas.xhtml", Role.ADMIN).verify();
    }

    @Test
    void certificatePagesAndDocumentsAreForStaffAndHoldersOnly() {
        new RoleAccess().page("/staff/certificates.xhtml", Role.STAFF).page("/staff/certificate.xhtml?id=1", Role.STAFF)
                .page("/staff/renewals.xhtml", Role.STAFF).page("/staff/renewal.xhtml?id=1", Role.STAFF)
                .page("/staff/checks.xhtml", Role.STAFF)
                .page("/admin/ce-categories.xhtml", Role.ADMIN).page("/applicant/ce.xhtml", Role.APPLICANT)
                .page("/applicant/notifications.xhtml", Role.APPLICANT)
                .page("/certificates/ce-proof?id=999999", 404, Role.STAFF, Role.APPLICANT)
                .page("/certificates/pdf?number=PS-CPS-1999-000001&kind=wall", 404, Role.STAFF, Role.APPLICANT).verify();
    }

    @Test
    void eachRoleOpensItsOwnNotificationsAndIsRefusedEveryOtherRolesNotifications() {
        for (Role role : Role.values()) {
            PortalClient client = new PortalClient();
            client.signIn(ServerFixtures.someone(role), TestAccounts.PASSWORD);
            for (Role area : Role.values()) {
                String page = "/" + area.area() + "/notifications.xhtml";
                PortalClient.Page answer = client.get(page);
                assertEquals(area == role ? 200 : 403, answer.status(), role + " opening " + page);
                if (area == role) {
                    assertTrue(answer.body().contains("Notifications"), role + "'s notifications page: " + page);
                }
            }
        }
        PortalClient.Page anonymous = new PortalClient().get("/staff/notifications.xhtml");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location().endsWith("/login.xhtml"));
    }

    @Test
    void anonymousVisitorIsSentToSignInForEveryArea() {
        PortalClient client = new PortalClient();
        for (Role area : Role.values()) {
            PortalClient.Page page = client.get(area.homePage());
            assertEquals(302, page.status(), area.homePage());
            assertTrue(page.location().endsWith("/login.xhtml"), area.homePage() + " redirects to " + page.location());
        }
    }

    @Test
    void publicPagesOpenWithoutSigningIn() {
        PortalClient client = new PortalClient();
        for (String page : new String[]{"/", "/login.xhtml", "/account/register.xhtml", "/account/forgot-password.xhtml",
                "/account/verify.xhtml", "/verify", "/verify.xhtml", "/verify/PS-CPS-1999-000001", "/api/openapi", "/tracks.xhtml",
                "/.well-known/jwks.json", "/api/v1/credentials/keys", "/api/v1/credentials/issuer"}) {
            assertEquals(200, client.get(page).status(), page);
        }
        for (String page : new String[]{"/", "/verify"}) {
            String body = client.get(page).body();
            assertTrue(body.contains(TestAccounts.OFFICE_NAME) && body.contains(TestAccounts.OFFICE_PHONE),
                    "#28: " + page + " names the configured office and how to reach it");
            assertTrue(body.contains("/brand.css"), page + " takes the office's colours");
        }
        String colours = client.get("/brand.css").body();
        assertTrue(colours.contains("--brand:" + TestAccounts.HEADER_COLOR) && colours.contains("--accent:" + TestAccounts.ACCENT_COLOR),
                "#28: the configured colours: " + colours);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        PortalClient.Page known = new PortalClient().signIn(ServerFixtures.someone(Role.NETWORK_STAFF), "not the right password");
        PortalClient.Page unknown = new PortalClient().signIn("nobody-" + System.nanoTime() + "@example.org", "not the right password");
        assertEquals(200, known.status(), () -> "sent to " + known.location());
        assertEquals(known.status(), unknown.status(), () -> "sent to " + unknown.location());
        assertEquals(signInMessage(known), signInMessage(unknown));
        assertTrue(signInMessage(known).contains("The email or password is not right"), signInMessage(known));
    }

    private static String signInMessage(PortalClient.Page page) {
        var matcher = java.util.regex.Pattern.compile("class=\"message message--error\">([^<]*)<").matcher(page.body());
        return matcher.find() ? matcher.group(1) : "(no message)";
    }

    @Test
    void unknownPageGetsTheFriendlyNotFoundPage() {
        PortalClient.Page page = new PortalClient().get("/no-such-page.xhtml");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Page not found"));
    }

    @Test
    void personWithSeveralRolesOpensEachRolesArea() {
        PortalClient client = new PortalClient();
        client.signIn(ServerFixtures.account("Morgan", "Multirole", Role.TRAINER, Role.SUPERVISOR), TestAccounts.PASSWORD);
        assertEquals(200, client.get(Role.TRAINER.homePage()).status());
        assertEquals(200, client.get(Role.SUPERVISOR.homePage()).status());
        assertEquals(403, client.get(Role.STAFF.homePage()).status());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = new PortalClient().get("/login.xhtml").sessionCookie();
        assertTrue(cookie != null && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void signInGivesANewSessionId() {
        PortalClient client = new PortalClient();
        String before = client.get("/login.xhtml").sessionCookie();
        PortalClient.Page signedIn = client.signIn(ServerFixtures.someone(Role.STAFF), TestAccounts.PASSWORD);
        String after = signedIn.sessionCookie();
        assertTrue(before != null && after != null, before + " / " + after);
        assertTrue(!sessionId(before).equals(sessionId(after)), "session id must change at sign-in");
    }

    private static String sessionId(String cookie) {
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }
}
