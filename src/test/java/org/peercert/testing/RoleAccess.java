package org.peercert.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peercert.account.Role;

/**
 * Who may open which pages: each role signs in once and asks for every page; the roles a page is for get its answer
 * (200, or 404 for an id that does not exist), every other role 403, and a visitor who is not signed in is sent to
 * sign in. Every HTML page answered carries the Content-Security-Policy (#22). Every wrong answer is reported at once.
 */
public final class RoleAccess {

    private record Rule(String page, int allowedStatus, Set<Role> allowed) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<Role, String> people = new EnumMap<>(Role.class);

    /** Signs in as this person for the role (password {@link TestAccounts#PASSWORD}), for pages that need their records. */
    public RoleAccess as(Role role, String email) {
        people.put(role, email);
        return this;
    }

    /** The page answers 200 to these roles and 403 to the others. */
    public RoleAccess page(String page, Role... allowed) {
        return page(page, 200, allowed);
    }

    /** The page answers this status to these roles (404: they may, but there is no such record) and 403 to the others. */
    public RoleAccess page(String page, int allowedStatus, Role... allowed) {
        rules.add(new Rule(page, allowedStatus, allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed)));
        return this;
    }

    public void verify() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            PortalClient client = new PortalClient();
            client.signIn(people.computeIfAbsent(role, ServerFixtures::someone), TestAccounts.PASSWORD);
            for (Rule rule : rules) {
                int expected = rule.allowed().contains(role) ? rule.allowedStatus() : 403;
                PortalClient.Page answer = client.get(rule.page());
                if (answer.status() != expected) {
                    wrong.add(role + " " + rule.page() + ": " + answer.status() + " instead of " + expected);
                } else if (answer.status() == 200 && answer.header("Content-Type").startsWith("text/html")
                        && !answer.header("Content-Security-Policy").contains("frame-ancestors 'none'")) {
                    wrong.add(role + " " + rule.page() + ": no Content-Security-Policy with frame-ancestors 'none'");
                }
            }
        }
        for (Rule rule : rules) {
            PortalClient.Page anonymous = new PortalClient().get(rule.page());
            if (anonymous.status() != 302 || anonymous.location() == null || !anonymous.location().endsWith("/login.xhtml")) {
                wrong.add("a visitor not signed in, " + rule.page() + ": " + anonymous.status() + " " + anonymous.location()
                        + " instead of being sent to sign in");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
