package org.peercert.account;

import java.util.Set;

/**
 * A signed-in session keeps the roles it was granted at sign-in. It stays valid only while the account is
 * active and its roles are still exactly those: disabling an account or changing its roles ends its sessions.
 */
public final class SessionValidity {

    private SessionValidity() {
    }

    public static boolean stillValid(UserStatus status, Set<Role> rolesNow, Set<Role> rolesOfSession) {
        return status == UserStatus.ACTIVE && rolesNow.equals(rolesOfSession);
    }
}
