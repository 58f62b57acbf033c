package org.peercert.account;

import java.util.Set;

/** What follows a right password (issue #22): nothing, the authenticator's code, or setting it up first. */
public enum SecondStep {
    /** Signed in at once: no second step is set up, and none of the person's roles needs one. */
    NONE,
    /** The code from the authenticator app (or a recovery code). */
    CODE,
    /** A role of the person needs a second step and none is set up yet: set it up now, before anything else. */
    SET_UP;

    public static SecondStep after(Set<Role> roles, boolean setUp, Set<Role> rolesThatNeedIt) {
        if (setUp) {
            return CODE;
        }
        return roles.stream().anyMatch(rolesThatNeedIt::contains) ? SET_UP : NONE;
    }
}
