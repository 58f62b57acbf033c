package org.peercert.audit;

/** What happened. New features add their state changes here; the column is text, so no migration is needed. */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    REGISTERED,
    REGISTRATION_DUPLICATE,
    EMAIL_VERIFIED,
    VERIFICATION_RESENT,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    ACCOUNT_INVITED,
    INVITATION_ACCEPTED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    MAIL_FAILED
}
