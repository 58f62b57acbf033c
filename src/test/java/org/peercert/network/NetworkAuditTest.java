package org.peercert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-NET-2 and R-NET-4: which audit an agency gets, and what makes an audit pass. */
class NetworkAuditTest {

    private static final Instant NOW = Instant.parse("2027-02-01T15:00:00Z");

    private static NetworkAudit completed(int rostered, int certified, boolean supervisionPlan, boolean recordKeeping) {
        NetworkAudit audit = new NetworkAudit(1, AuditKind.DESK, "network@example.org", NOW);
        audit.complete(rostered, certified, supervisionPlan, recordKeeping, "", null, "network@example.org", NOW);
        return audit;
    }

    @Test
    void rNet2_aSiteAuditOnlyForAnUnaccreditedAgencyPursuingGroupContracts() {
        assertEquals(AuditKind.SITE, AuditKind.calledFor(false, true));
        assertEquals(AuditKind.DESK, AuditKind.calledFor(true, true), "accredited: desk-top even for group contracts");
        assertEquals(AuditKind.DESK, AuditKind.calledFor(false, false), "no group contracts: desk-top");
        assertEquals(AuditKind.DESK, AuditKind.calledFor(true, false));
    }

    @Test
    void rNet4_anAgencyWithOneUncertifiedSpecialistFailsItsAudit() {
        assertTrue(completed(3, 3, true, true).isPassed());
        assertFalse(completed(3, 2, true, true).isPassed(), "one of three rostered people is not certified");
    }

    @Test
    void rNet4_anAgencyWithNoSpecialistOnItsRosterFailsItsAudit() {
        assertFalse(completed(0, 0, true, true).isPassed(), "nobody to bill peer support with");
    }

    @Test
    void theSupervisionPlanAndTheRecordKeepingAreOnTheChecklistToo() {
        assertFalse(completed(2, 2, false, true).isPassed());
        assertFalse(completed(2, 2, true, false).isPassed());
    }

    @Test
    void rNet2_anAuditKeepsWhoOrderedItAndTheChecklistAsCompleted() {
        NetworkAudit audit = new NetworkAudit(7, AuditKind.SITE, "network@example.org", NOW);
        assertEquals(7L, audit.getRequestId());
        assertEquals(AuditKind.SITE, audit.getKind());
        assertEquals("network@example.org", audit.getOrderedBy());
        assertEquals(NOW, audit.getOrderedAt());
        assertNull(audit.getCompletedAt());

        Instant later = NOW.plusSeconds(86_400);
        LocalDate planDue = LocalDate.of(2027, 3, 3);
        audit.complete(4, 3, true, false, "Contact notes unsigned", planDue, "auditor@example.org", later);

        assertEquals(4, audit.getRosterTotal());
        assertEquals(3, audit.getRosterCertified());
        assertEquals(Boolean.TRUE, audit.getSupervisionPlanOk());
        assertEquals(Boolean.FALSE, audit.getRecordKeepingOk());
        assertEquals("Contact notes unsigned", audit.getFindings());
        assertEquals(planDue, audit.getCorrectivePlanDue());
        assertEquals("auditor@example.org", audit.getCompletedBy());
        assertEquals(later, audit.getCompletedAt());
        assertTrue(audit.isComplete());
        assertFalse(audit.isPassed());

        NetworkAudit other = completed(2, 2, false, true);
        assertEquals(Boolean.FALSE, other.getSupervisionPlanOk());
        assertEquals(Boolean.TRUE, other.getRecordKeepingOk());
    }

    @Test
    void rNet2_theTwoAuditsAreNamedInWords() {
        assertEquals("Desk-top audit", AuditKind.DESK.label());
        assertEquals("Site audit", AuditKind.SITE.label());
    }

    @Test
    void anAuditNotYetCompletedHasNotPassed() {
        NetworkAudit ordered = new NetworkAudit(1, AuditKind.SITE, "network@example.org", NOW);
        assertFalse(ordered.isComplete());
        assertFalse(ordered.isPassed());
    }

    @Test
    void rNet4_theRosterCountsAsCertifiedOnlyWhenEveryoneHoldsAnActiveCertificate() {
        assertTrue(new NetworkAudits.RosterCertification(2, 2, List.of()).allCertified());
        assertFalse(new NetworkAudits.RosterCertification(2, 1, List.of("Sam Doe (PS-CPS-2026-000001, Suspended)")).allCertified());
        assertFalse(new NetworkAudits.RosterCertification(0, 0, List.of()).allCertified());
    }
}
