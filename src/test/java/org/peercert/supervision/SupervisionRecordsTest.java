package org.peercert.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R-SUP-1: a supervisor's qualification, an agency's assignment of a supervisor, and the roster's clinical-supervision flag. */
class SupervisionRecordsTest {

    private static final Instant DECLARED = Instant.parse("2026-11-02T15:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-03T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String STAFF = "staff@example.org";

    @Test
    void rSup1_aQualificationCountsOnlyOnceStaffVerifiedIt() {
        Qualification peer = new Qualification(11, QualificationKind.PEER_SUPPORT_SUPERVISOR, DECLARED);
        assertEquals(QualificationStatus.PENDING, peer.getStatus());
        assertEquals(DECLARED, peer.getSubmittedAt());
        assertEquals(11L, peer.getUserId());
        assertEquals(QualificationKind.PEER_SUPPORT_SUPERVISOR, peer.getKind());
        assertFalse(peer.isCurrentOn(TODAY), "pending is not current");

        peer.decide(QualificationStatus.VERIFIED, null, STAFF, DECIDED);

        assertTrue(peer.isCurrentOn(TODAY), "an unlicensed kind needs no license date");
        assertEquals(STAFF, peer.getDecidedBy());
        assertEquals(DECIDED, peer.getDecidedAt());
    }

    @Test
    void rSup1_anLmhpIsCurrentThroughTheLastDayOfTheLicenseOnly() {
        Qualification lmhp = new Qualification(12, QualificationKind.LMHP, DECLARED);
        lmhp.declare("LMHP-4411", "KS", TODAY, DECLARED);
        lmhp.decide(QualificationStatus.VERIFIED, null, STAFF, DECIDED);

        assertTrue(lmhp.isCurrentOn(TODAY), "the license's last day still counts");
        assertFalse(lmhp.isCurrentOn(TODAY.plusDays(1)), "the day after it lapses");
        assertEquals("LMHP-4411", lmhp.getLicenseNumber());
        assertEquals("KS", lmhp.getLicenseState());
        assertEquals(TODAY, lmhp.getLicenseExpiresOn());
    }

    @Test
    void rSup1_aVerifiedLmhpWithoutALicenseDateIsNotCurrent() {
        Qualification lmhp = new Qualification(12, QualificationKind.LMHP, DECLARED);
        lmhp.decide(QualificationStatus.VERIFIED, null, STAFF, DECIDED);
        assertFalse(lmhp.isCurrentOn(TODAY));
    }

    @Test
    void rSup1_aRejectedQualificationDeclaredAgainGoesBackToStaffWithTheOldDecisionCleared() {
        Qualification lmhp = new Qualification(12, QualificationKind.LMHP, DECLARED);
        lmhp.decide(QualificationStatus.REJECTED, "The license number does not match the state board.", STAFF, DECIDED);
        assertEquals("The license number does not match the state board.", lmhp.getStatusReason());
        assertFalse(lmhp.isCurrentOn(TODAY));

        Instant again = DECIDED.plusSeconds(3600);
        lmhp.declare("LMHP-4412", "KS", TODAY.plusYears(1), again);

        assertEquals(QualificationStatus.PENDING, lmhp.getStatus());
        assertNull(lmhp.getStatusReason());
        assertNull(lmhp.getDecidedBy());
        assertNull(lmhp.getDecidedAt());
        assertEquals(again, lmhp.getSubmittedAt());
        assertFalse(lmhp.isCurrentOn(TODAY));
    }

    @Test
    void rSup1_anAssignmentIsProposedThenAnsweredThenEnded() {
        Assignment clinical = new Assignment(3, 21, 12, SupervisionRole.CLINICAL, "agency@example.org", DECLARED);
        assertEquals(AssignmentStatus.PROPOSED, clinical.getStatus());
        assertEquals(3L, clinical.getAgencyId());
        assertEquals(21L, clinical.getCertificateId());
        assertEquals(12L, clinical.getSupervisorId());
        assertEquals(SupervisionRole.CLINICAL, clinical.getRole());
        assertEquals("agency@example.org", clinical.getAssignedBy());
        assertEquals(DECLARED, clinical.getAssignedAt());

        clinical.answer(true, DECIDED);
        assertEquals(AssignmentStatus.ACCEPTED, clinical.getStatus());
        assertEquals(DECIDED, clinical.getDecidedAt());

        Instant ended = DECIDED.plusSeconds(86_400);
        clinical.end("The supervisor left the agency.", ended);
        assertEquals(AssignmentStatus.ENDED, clinical.getStatus());
        assertEquals("The supervisor left the agency.", clinical.getEndReason());
        assertEquals(ended, clinical.getEndedAt());
    }

    @Test
    void aDeclinedAssignmentSaysSo() {
        Assignment peer = new Assignment(3, 21, 11, SupervisionRole.PEER, "agency@example.org", DECLARED);
        peer.answer(false, DECIDED);
        assertEquals(AssignmentStatus.DECLINED, peer.getStatus());
    }

    @Test
    void rSup1_clinicalSupervisionIsOverdueWithoutASessionInTheInterval() {
        SupervisionStanding lastMonth = new SupervisionStanding("Pat Peer", true, "Lee Clinician", true, TODAY.minusDays(30));

        assertFalse(lastMonth.clinicalOverdueOn(TODAY, 30), "a session exactly the interval ago still counts");
        assertTrue(lastMonth.clinicalOverdueOn(TODAY, 29));
        assertTrue(SupervisionStanding.NONE.clinicalOverdueOn(TODAY, 30), "never logged is overdue");
    }
}
