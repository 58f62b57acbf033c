package org.peercert.account;

public enum UserStatus {
    /** Registered, waiting for the email link to be followed. */
    PENDING_VERIFICATION,
    /** Created by an administrator, waiting for the invitee to set a password. */
    INVITED,
    ACTIVE,
    DISABLED
}
