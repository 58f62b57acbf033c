package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalClient;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * Issue #22, finding 5: every page carries a strict Content-Security-Policy. A script runs only from the portal or
 * with the nonce of its page, so markup an attacker slipped into a field could not run; no other site may frame a page.
 * Browser tests see no violation of it ({@code Browser} fails on one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void publicPagesAllowOnlyThePortalsOwnAndNoncedScriptsAndCannotBeFramed() {
        for (String path : List.of("/", "/login.xhtml", "/verify.xhtml", "/tracks.xhtml", "/account/register.xhtml", "/no-such-page.xhtml")) {
            assertStrictPolicy(path, new PortalClient().get(path));
        }
    }

    @Test
    void aStaffPageWithButtonsThatOpenDialogsKeepsNoInlineHandlers() {
        PortalClient admin = new PortalClient();
        admin.signIn(ServerFixtures.someone(Role.ADMIN), TestAccounts.PASSWORD);

        PortalClient.Page users = admin.get("/admin/users.xhtml");

        assertEquals(200, users.status());
        assertStrictPolicy("/admin/users.xhtml", users);
        assertTrue(users.body().contains("PF('inviteDialog').show()"), "the dialog's handler is still on the page, in a nonced script");
    }

    @Test
    void thePublicLookupRunsNoScriptAtAll() {
        for (String path : List.of("/verify", "/verify/PS-CPS-1999-000001", "/verify?last=Nobody&first=N")) {
            PortalClient.Page page = new PortalClient().get(path);

            String policy = page.header("Content-Security-Policy");
            assertTrue(policy.contains("script-src 'none'") && policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertFalse(page.body().contains("<script"), path + " has a script");
        }
    }

    @Test
    void aFormPostedWithoutItsNonceOpensThePageAgainInsteadOfAnError() {
        PortalClient client = new PortalClient();
        String viewState = PortalClient.viewStateOf(client.get("/login.xhtml"));

        PortalClient.Page answer = client.post("/login.xhtml", Map.of("login", "login", "login:email", "nobody@example.org",
                "login:password", "not the password", "login:signIn", "", "jakarta.faces.ViewState", viewState));

        assertEquals(302, answer.status());
        assertTrue(answer.location().endsWith("/error/expired.xhtml"), answer.location());
        assertTrue(client.get("/error/expired.xhtml").body().contains("the portal's forms need them"));
    }

    @Test
    void eachPageGetsItsOwnNonce() {
        assertNotEquals(nonceOf(new PortalClient().get("/login.xhtml")), nonceOf(new PortalClient().get("/login.xhtml")));
    }

    private static void assertStrictPolicy(String path, PortalClient.Page page) {
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        assertTrue(policy.contains("object-src 'none'"), path + ": " + policy);
        assertTrue(policy.contains("base-uri 'self'"), path + ": " + policy);
        assertFalse(policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), path + ": " + policy);
        String nonce = nonceOf(page);
        List<String> unnonced = new ArrayList<>();
        Matcher script = SCRIPT_TAG.matcher(page.body());
        while (script.find()) {
            String attributes = script.group(1);
            if (!attributes.contains(" src=") && !attributes.contains("nonce=\"" + nonce + "\"")) {
                unnonced.add(script.group());
            }
        }
        assertTrue(unnonced.isEmpty(), path + " has inline scripts the policy would block: " + unnonced);
        Matcher handler = EVENT_ATTRIBUTE.matcher(page.body());
        assertFalse(handler.find(), () -> path + " has an inline event handler the policy would block: " + handler.group());
    }

    private static String nonceOf(PortalClient.Page page) {
        Matcher nonce = NONCE.matcher(page.header("Content-Security-Policy"));
        assertTrue(nonce.find(), "no nonce in: " + page.header("Content-Security-Policy"));
        return nonce.group(1);
    }
}
