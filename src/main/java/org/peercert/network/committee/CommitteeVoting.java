package org.peercert.network.committee;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peercert.network.NetworkProblem;

/**
 * R-NET-3: the credentialing committee decides a request by a strict majority of the ballots cast, once a quorum has
 * voted; a member with a declared conflict of interest does not vote.
 */
public final class CommitteeVoting {

    private CommitteeVoting() {
    }

    /**
     * Counts the ballots: approved when approvals are more than half of the ballots cast, denied when denials are,
     * otherwise (a tie, or no majority) deferred to the next meeting.
     *
     * @param conflicted the normalized emails of the members who declared a conflict of interest in this request
     * @param quorum the fewest ballots that make a decision
     * @throws IllegalArgumentException when {@code quorum} is less than 1
     * @throws NetworkProblem {@code committee.conflictedVote} or {@code committee.twoBallots} naming the member, or
     *         {@code committee.noQuorum} with the ballots cast and the quorum
     */
    public static Tally decide(List<Ballot> ballots, Set<String> conflicted, int quorum) {
        if (quorum < 1) {
            throw new IllegalArgumentException("The quorum must be at least 1, not " + quorum + ".");
        }
        refuseInvalidBallots(ballots, conflicted);
        if (ballots.size() < quorum) {
            throw new NetworkProblem("committee.noQuorum", ballots.size(), quorum);
        }
        return tally(ballots);
    }

    private static void refuseInvalidBallots(List<Ballot> ballots, Set<String> conflicted) {
        Set<String> voted = new HashSet<>();
        for (Ballot ballot : ballots) {
            if (conflicted.contains(ballot.member())) {
                throw new NetworkProblem("committee.conflictedVote", ballot.member());
            }
            if (!voted.add(ballot.member())) {
                throw new NetworkProblem("committee.twoBallots", ballot.member());
            }
        }
    }

    private static Tally tally(List<Ballot> ballots) {
        int approve = count(ballots, Vote.APPROVE);
        int deny = count(ballots, Vote.DENY);
        int defer = count(ballots, Vote.DEFER);
        return new Tally(approve, deny, defer, outcome(approve, deny, ballots.size()));
    }

    private static int count(List<Ballot> ballots, Vote vote) {
        return (int) ballots.stream().filter(ballot -> ballot.vote() == vote).count();
    }

    private static Outcome outcome(int approve, int deny, int cast) {
        if (isStrictMajority(approve, cast)) {
            return Outcome.APPROVED;
        }
        if (isStrictMajority(deny, cast)) {
            return Outcome.DENIED;
        }
        return Outcome.DEFERRED;
    }

    private static boolean isStrictMajority(int votes, int cast) {
        return 2 * votes > cast;
    }
}
