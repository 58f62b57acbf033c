package org.peercert.account;

public enum TokenPurpose {
    VERIFY_EMAIL,
    RESET_PASSWORD,
    INVITATION
}
