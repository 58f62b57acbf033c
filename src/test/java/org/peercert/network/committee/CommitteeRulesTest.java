package org.peercert.network.committee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.peercert.network.NetworkProblem;

/** R-NET-3: when the committee may move, fill, read and decide a meeting, at each day's boundary. */
class CommitteeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 17);
    private static final int PACKET_DAYS = 7;

    private static void assertRefused(Executable action, String messageKey, Object... arguments) {
        NetworkProblem problem = assertThrows(NetworkProblem.class, action);
        assertEquals(messageKey, problem.messageKey());
        assertArrayEquals(arguments, problem.arguments());
    }

    @Test
    void aMeetingMovesFromADayToComeToADayToCome() {
        assertDoesNotThrow(() -> CommitteeRules.checkMove(TODAY, MEETING, MEETING.plusDays(3)));
        assertDoesNotThrow(() -> CommitteeRules.checkMove(TODAY, TODAY, TODAY));
        assertRefused(() -> CommitteeRules.checkMove(TODAY, MEETING, TODAY.minusDays(1)), "committee.moveToFuture");
        assertRefused(() -> CommitteeRules.checkMove(TODAY, MEETING, null), "committee.moveToFuture");
        assertRefused(() -> CommitteeRules.checkMove(TODAY, TODAY.minusDays(1), MEETING), "committee.moveToFuture");
    }

    @Test
    void packetsOpenThePolicysDaysBeforeTheMeeting() {
        assertEquals(LocalDate.of(2026, 12, 10), CommitteeRules.packetOpensOn(MEETING, PACKET_DAYS));
        assertEquals(MEETING, CommitteeRules.packetOpensOn(MEETING, 0));
    }

    @Test
    void aPacketIsReadFromTheDayItOpens() {
        assertRefused(() -> CommitteeRules.checkPacketOpen(LocalDate.of(2026, 12, 9), MEETING, PACKET_DAYS), "committee.packetNotYet",
                LocalDate.of(2026, 12, 10));
        assertDoesNotThrow(() -> CommitteeRules.checkPacketOpen(LocalDate.of(2026, 12, 10), MEETING, PACKET_DAYS));
        assertDoesNotThrow(() -> CommitteeRules.checkPacketOpen(MEETING.plusDays(1), MEETING, PACKET_DAYS));
    }

    @Test
    void aDayWellAheadOnABusinessDayRaisesNoConcern() {
        assertTrue(CommitteeRules.dayConcerns(MEETING, true, TODAY, PACKET_DAYS).isEmpty());
        // packets open on 10 December: today is the last day with full notice
        assertTrue(CommitteeRules.dayConcerns(MEETING, true, LocalDate.of(2026, 12, 10), PACKET_DAYS).isEmpty());
    }

    @Test
    void aDayOffIsNamedInWords() {
        List<DayConcern> concerns = CommitteeRules.dayConcerns(LocalDate.of(2026, 12, 19), false, TODAY, PACKET_DAYS);
        assertEquals(1, concerns.size());
        assertEquals("committee.notBusinessDay", concerns.get(0).messageKey());
        assertArrayEquals(new Object[] {"Dec 19, 2026"}, concerns.get(0).arguments());
    }

    @Test
    void aDaySoNearThatPacketsOpenLateGivesTheDaysLeftAndThePolicysDays() {
        List<DayConcern> concerns = CommitteeRules.dayConcerns(MEETING, true, LocalDate.of(2026, 12, 11), PACKET_DAYS);
        assertEquals(1, concerns.size());
        assertEquals("committee.shortNotice", concerns.get(0).messageKey());
        assertArrayEquals(new Object[] {6L, 7}, concerns.get(0).arguments());
    }

    @Test
    void aNearDayOffRaisesBothConcerns() {
        List<DayConcern> concerns = CommitteeRules.dayConcerns(LocalDate.of(2026, 12, 12), false, TODAY, PACKET_DAYS);
        assertEquals(List.of("committee.notBusinessDay", "committee.shortNotice"), concerns.stream().map(DayConcern::messageKey).toList());
    }

    @Test
    void theAgendaTakesItemsUntilTheMeetingsDay() {
        assertDoesNotThrow(() -> CommitteeRules.checkAgendaOpen(TODAY, TODAY));
        assertDoesNotThrow(() -> CommitteeRules.checkAgendaOpen(TODAY, MEETING));
        assertRefused(() -> CommitteeRules.checkAgendaOpen(TODAY, TODAY.minusDays(1)), "committee.meetingPast");
    }

    @Test
    void aConflictNeedsAReasonWithinFiveHundredCharacters() {
        assertEquals("Board member of the agency", CommitteeRules.conflictReason("  Board member of the agency \n"));
        assertEquals("x".repeat(500), CommitteeRules.conflictReason("x".repeat(500)));
        assertRefused(() -> CommitteeRules.conflictReason("x".repeat(501)), "committee.conflictReason");
        assertRefused(() -> CommitteeRules.conflictReason("   "), "committee.conflictReason");
        assertRefused(() -> CommitteeRules.conflictReason(null), "committee.conflictReason");
    }

    @Test
    void aDecisionIsRecordedFromTheMeetingsDayOn() {
        assertRefused(() -> CommitteeRules.checkDecisionDay(MEETING.minusDays(1), MEETING), "committee.notYet", MEETING);
        assertDoesNotThrow(() -> CommitteeRules.checkDecisionDay(MEETING, MEETING));
        assertDoesNotThrow(() -> CommitteeRules.checkDecisionDay(MEETING.plusDays(30), MEETING));
    }

    @Test
    void onlyMembersCastBallotsAndTheFirstStrangerIsNamed() {
        Set<String> members = Set.of("a@example.org", "b@example.org");
        assertDoesNotThrow(() -> CommitteeRules.checkAllMembers(List.of(new Ballot("a@example.org", Vote.APPROVE),
                new Ballot("b@example.org", Vote.DENY)), members));
        assertRefused(() -> CommitteeRules.checkAllMembers(List.of(new Ballot("a@example.org", Vote.APPROVE),
                new Ballot("x@example.org", Vote.DENY), new Ballot("y@example.org", Vote.DENY)), members), "committee.notAMember", "x@example.org");
    }

    @Test
    void minutesAreRequiredWithinFourThousandCharacters() {
        assertEquals("Approved as presented.", CommitteeRules.minutes("\tApproved as presented. "));
        assertEquals("m".repeat(4000), CommitteeRules.minutes("m".repeat(4000)));
        assertRefused(() -> CommitteeRules.minutes("m".repeat(4001)), "committee.minutesRequired");
        assertRefused(() -> CommitteeRules.minutes(""), "committee.minutesRequired");
        assertRefused(() -> CommitteeRules.minutes(null), "committee.minutesRequired");
    }

    @Test
    void anApprovalTakesEffectOnTheMeetingsDayUnlessALaterDayIsChosen() {
        assertEquals(MEETING, CommitteeRules.effectiveFrom(null, MEETING));
        assertEquals(MEETING, CommitteeRules.effectiveFrom(MEETING, MEETING));
        assertEquals(LocalDate.of(2027, 1, 1), CommitteeRules.effectiveFrom(LocalDate.of(2027, 1, 1), MEETING));
        assertRefused(() -> CommitteeRules.effectiveFrom(MEETING.minusDays(1), MEETING), "committee.effectiveBeforeMeeting", MEETING);
    }
}
