package org.peercert.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.account.Role;
import org.peercert.platform.web.Redirects;

class MenuTest {

    @Test
    void eachRoleSeesOnlyItsOwnEntries() {
        for (Role role : Role.values()) {
            List<Menu.Entry> entries = Menu.entriesFor(Set.of(role));
            assertFalse(entries.isEmpty(), role + " has no menu");
            // The reports are one area for several roles (report.web.Audiences decides which report each opens).
            assertTrue(entries.stream().allMatch(e -> e.role() == role && (e.page().startsWith("/" + role.area() + "/") || e.page().startsWith("/reports/"))),
                    role + " sees " + entries);
        }
    }

    @Test
    void aPersonWithSeveralRolesSeesTheEntriesOfEach() {
        List<Menu.Entry> entries = Menu.entriesFor(EnumSet.of(Role.TRAINER, Role.SUPERVISOR));
        assertEquals(Set.of(Role.TRAINER, Role.SUPERVISOR), Set.copyOf(entries.stream().map(Menu.Entry::role).toList()));
        assertEquals(1, entries.stream().filter(e -> e.label().equals("Notifications")).count(),
                "every role's Notifications page shows the same notices: one entry is enough");
    }

    @Test
    void aPageSeveralOfAPersonsRolesShareIsListedOnce() {
        List<Menu.Entry> entries = Menu.entriesFor(EnumSet.of(Role.STAFF, Role.AGENCY_ADMIN));
        assertEquals(1, entries.stream().filter(e -> e.page().equals("/reports/index.xhtml")).count(), entries.toString());
    }

    @Test
    void everyRoleHasANotificationsPage() {
        for (Role role : Role.values()) {
            assertTrue(Menu.entriesFor(Set.of(role)).stream().anyMatch(e -> e.page().equals("/" + role.area() + "/notifications.xhtml")),
                    role + " has no Notifications page");
        }
    }

    @Test
    void redirectsStayWithinThePortal() {
        assertTrue(Redirects.isLocalPath("/admin/index.xhtml"));
        assertFalse(Redirects.isLocalPath("//evil.example/"));
        assertFalse(Redirects.isLocalPath("https://evil.example/"));
        assertFalse(Redirects.isLocalPath("/\\evil.example"));
    }
}
