package org.peercert.network.committee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peercert.network.committee.Vote.APPROVE;
import static org.peercert.network.committee.Vote.DEFER;
import static org.peercert.network.committee.Vote.DENY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.network.NetworkProblem;

/** R-NET-3: the committee's quorum, majority and conflicts of interest, at their boundaries. */
class CommitteeVotingTest {

    private static final int QUORUM = 3;
    private static final Set<String> NO_CONFLICT = Set.of();

    /** One ballot per vote, from members a@example.org, b@example.org, … in order. */
    private static List<Ballot> ballots(Vote... votes) {
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < votes.length; i++) {
            ballots.add(new Ballot(member(i), votes[i]));
        }
        return ballots;
    }

    private static String member(int index) {
        return (char) ('a' + index) + "@example.org";
    }

    private static void assertRefused(NetworkProblem problem, String messageKey, Object... arguments) {
        assertEquals(messageKey, problem.messageKey());
        assertArrayEquals(arguments, problem.arguments());
    }

    @Test
    void rNet3_exactlyAQuorumOfBallotsDecides() {
        assertEquals(new Tally(3, 0, 0, Outcome.APPROVED), CommitteeVoting.decide(ballots(APPROVE, APPROVE, APPROVE), NO_CONFLICT, QUORUM));
    }

    @Test
    void rNet3_oneBallotFewerThanTheQuorumIsRefused() {
        NetworkProblem refused = assertThrows(NetworkProblem.class, () -> CommitteeVoting.decide(ballots(APPROVE, APPROVE), NO_CONFLICT, QUORUM));
        assertRefused(refused, "committee.noQuorum", 2, QUORUM);
    }

    @Test
    void rNet3_twoApprovalsOfThreeApprove() {
        Tally tally = CommitteeVoting.decide(ballots(APPROVE, DENY, APPROVE), NO_CONFLICT, QUORUM);
        assertEquals(new Tally(2, 1, 0, Outcome.APPROVED), tally);
        assertEquals(3, tally.cast());
    }

    @Test
    void rNet3_aTieDefersToTheNextMeeting() {
        assertEquals(new Tally(2, 2, 0, Outcome.DEFERRED), CommitteeVoting.decide(ballots(APPROVE, DENY, APPROVE, DENY), NO_CONFLICT, QUORUM));
    }

    @Test
    void rNet3_noMajorityDefers() {
        assertEquals(new Tally(1, 1, 1, Outcome.DEFERRED), CommitteeVoting.decide(ballots(APPROVE, DENY, DEFER), NO_CONFLICT, QUORUM));
    }

    @Test
    void rNet3_twoApprovalsOfFourAreNoMajority() {
        assertEquals(Outcome.DEFERRED, CommitteeVoting.decide(ballots(APPROVE, APPROVE, DEFER, DEFER), NO_CONFLICT, QUORUM).outcome());
    }

    @Test
    void rNet3_threeDenialsOfFiveDeny() {
        Tally tally = CommitteeVoting.decide(ballots(DENY, APPROVE, DENY, DEFER, DENY), NO_CONFLICT, QUORUM);
        assertEquals(new Tally(1, 3, 1, Outcome.DENIED), tally);
        assertEquals(5, tally.cast());
    }

    @Test
    void rNet3_aConflictedMemberCannotVoteEvenWhenTheOthersMakeAQuorum() {
        List<Ballot> ballots = ballots(APPROVE, APPROVE, APPROVE, APPROVE);
        NetworkProblem refused = assertThrows(NetworkProblem.class, () -> CommitteeVoting.decide(ballots, Set.of(member(3)), QUORUM));
        assertRefused(refused, "committee.conflictedVote", member(3));
    }

    @Test
    void rNet3_aConflictedMemberWhoDoesNotVoteChangesNothing() {
        assertEquals(Outcome.APPROVED, CommitteeVoting.decide(ballots(APPROVE, APPROVE, DENY), Set.of("z@example.org"), QUORUM).outcome());
    }

    @Test
    void rNet3_aMemberVotesOnce() {
        List<Ballot> ballots = new ArrayList<>(ballots(APPROVE, DENY, DENY));
        ballots.add(new Ballot(member(0), APPROVE));
        NetworkProblem refused = assertThrows(NetworkProblem.class, () -> CommitteeVoting.decide(ballots, NO_CONFLICT, QUORUM));
        assertRefused(refused, "committee.twoBallots", member(0));
    }

    @Test
    void rNet3_aQuorumOfOneLetsASingleBallotDecide() {
        assertEquals(new Tally(0, 1, 0, Outcome.DENIED), CommitteeVoting.decide(ballots(DENY), NO_CONFLICT, 1));
    }

    @Test
    void aQuorumBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CommitteeVoting.decide(ballots(APPROVE), NO_CONFLICT, 0));
    }

    @Test
    void aBallotNamesItsMemberAndVote() {
        assertThrows(NullPointerException.class, () -> new Ballot(null, APPROVE));
        assertThrows(NullPointerException.class, () -> new Ballot(member(0), null));
    }
}
