package org.peercert.certificate;

import java.util.EnumSet;
import java.util.Set;

/**
 * The certificate's state machine in one place: each change, the states it may start from and the state it
 * leads to. Revoked and expired are final.
 */
public enum StatusChange {
    SUSPEND(EnumSet.of(CertificateStatus.ACTIVE), CertificateStatus.SUSPENDED),
    REINSTATE(EnumSet.of(CertificateStatus.SUSPENDED, CertificateStatus.INACTIVE), CertificateStatus.ACTIVE),
    REVOKE(CertificateStatus.LIVE, CertificateStatus.REVOKED),
    INACTIVATE(EnumSet.of(CertificateStatus.ACTIVE), CertificateStatus.INACTIVE),
    EXPIRE(CertificateStatus.LIVE, CertificateStatus.EXPIRED);

    private final Set<CertificateStatus> from;
    private final CertificateStatus to;

    StatusChange(Set<CertificateStatus> from, CertificateStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(CertificateStatus current) {
        return from.contains(current);
    }

    public CertificateStatus target() {
        return to;
    }

    /** The message key of i18n/messages.properties that explains the refusal. */
    public String refusalKey() {
        return "certificate.cannot." + name().toLowerCase();
    }
}
