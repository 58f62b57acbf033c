package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleHomeTest {

    @Test
    void eachRoleLandsOnItsOwnHomePage() {
        assertEquals("/applicant/index.xhtml", RoleHome.pageFor(Set.of(Role.APPLICANT)));
        assertEquals("/trainer/index.xhtml", RoleHome.pageFor(Set.of(Role.TRAINER)));
        assertEquals("/staff/index.xhtml", RoleHome.pageFor(Set.of(Role.STAFF)));
        assertEquals("/agency/index.xhtml", RoleHome.pageFor(Set.of(Role.AGENCY_ADMIN)));
        assertEquals("/network/index.xhtml", RoleHome.pageFor(Set.of(Role.NETWORK_STAFF)));
        assertEquals("/committee/index.xhtml", RoleHome.pageFor(Set.of(Role.COMMITTEE_MEMBER)));
        assertEquals("/supervisor/index.xhtml", RoleHome.pageFor(Set.of(Role.SUPERVISOR)));
        assertEquals("/admin/index.xhtml", RoleHome.pageFor(Set.of(Role.ADMIN)));
    }

    @Test
    void severalRolesLandOnTheMostSeniorOnesHome() {
        assertEquals("/admin/index.xhtml", RoleHome.pageFor(EnumSet.of(Role.APPLICANT, Role.ADMIN)));
        assertEquals("/trainer/index.xhtml", RoleHome.pageFor(EnumSet.of(Role.SUPERVISOR, Role.TRAINER)));
    }

    @Test
    void noRoleLandsOnThePublicHome() {
        assertEquals(RoleHome.NO_ROLE_PAGE, RoleHome.pageFor(Set.of()));
    }

    @Test
    void sessionEndsWhenTheAccountIsDisabledOrItsRolesChange() {
        assertTrue(SessionValidity.stillValid(UserStatus.ACTIVE, Set.of(Role.STAFF), Set.of(Role.STAFF)));
        assertFalse(SessionValidity.stillValid(UserStatus.DISABLED, Set.of(Role.STAFF), Set.of(Role.STAFF)));
        assertFalse(SessionValidity.stillValid(UserStatus.ACTIVE, Set.of(Role.APPLICANT), Set.of(Role.STAFF, Role.APPLICANT)));
        assertFalse(SessionValidity.stillValid(UserStatus.ACTIVE, EnumSet.of(Role.STAFF, Role.ADMIN), Set.of(Role.STAFF)));
    }
}
