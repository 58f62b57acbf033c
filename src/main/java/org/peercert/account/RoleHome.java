package org.peercert.account;

import java.util.Collection;

/** Where a person lands after signing in: the home of their most senior role. */
public final class RoleHome {

    public static final String NO_ROLE_PAGE = "/index.xhtml";

    private RoleHome() {
    }

    public static String pageFor(Collection<Role> roles) {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return role.homePage();
            }
        }
        return NO_ROLE_PAGE;
    }
}
