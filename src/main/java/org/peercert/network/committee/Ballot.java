package org.peercert.network.committee;

import java.util.Objects;

/**
 * R-NET-3: one member's vote at a committee meeting.
 *
 * @param member the member's normalized email
 * @param vote what they voted
 */
public record Ballot(String member, Vote vote) {

    public Ballot {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(vote, "vote");
    }
}
