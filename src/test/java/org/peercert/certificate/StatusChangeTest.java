package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The certificate lifecycle (R-TRN-3, R-CEU-2): every change from every state, allowed or refused. */
class StatusChangeTest {

    private static Set<CertificateStatus> startsOf(StatusChange change) {
        Set<CertificateStatus> from = EnumSet.noneOf(CertificateStatus.class);
        for (CertificateStatus s : CertificateStatus.values()) {
            if (change.allowedFrom(s)) {
                from.add(s);
            }
        }
        return from;
    }

    @Test
    void onlyAnActiveCertificateCanBeSuspended() {
        assertEquals(EnumSet.of(CertificateStatus.ACTIVE), startsOf(StatusChange.SUSPEND));
        assertEquals(CertificateStatus.SUSPENDED, StatusChange.SUSPEND.target());
    }

    @Test
    void suspendedAndInactiveCertificatesCanBeReinstated() {
        assertEquals(EnumSet.of(CertificateStatus.SUSPENDED, CertificateStatus.INACTIVE), startsOf(StatusChange.REINSTATE));
        assertEquals(CertificateStatus.ACTIVE, StatusChange.REINSTATE.target());
    }

    @Test
    void revokedAndExpiredAreFinal() {
        for (StatusChange change : StatusChange.values()) {
            assertEquals(false, change.allowedFrom(CertificateStatus.REVOKED), change + " from REVOKED");
            assertEquals(false, change.allowedFrom(CertificateStatus.EXPIRED), change + " from EXPIRED");
        }
        assertEquals(true, CertificateStatus.REVOKED.isFinal());
        assertEquals(true, CertificateStatus.EXPIRED.isFinal());
        assertEquals(false, CertificateStatus.SUSPENDED.isFinal());
    }

    @Test
    void everyLiveStateCanBeRevokedOrExpire() {
        Set<CertificateStatus> live = EnumSet.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED, CertificateStatus.INACTIVE);
        assertEquals(live, startsOf(StatusChange.REVOKE));
        assertEquals(live, startsOf(StatusChange.EXPIRE));
    }

    @Test
    void onlyTheHolderOfAnActiveCertificateCanSetItInactive() {
        assertEquals(EnumSet.of(CertificateStatus.ACTIVE), startsOf(StatusChange.INACTIVATE));
        assertEquals(CertificateStatus.INACTIVE, StatusChange.INACTIVATE.target());
    }

    @Test
    void eachRefusalHasItsOwnMessage() {
        assertEquals("certificate.cannot.suspend", StatusChange.SUSPEND.refusalKey());
        assertEquals("certificate.cannot.revoke", StatusChange.REVOKE.refusalKey());
    }
}
