package org.peercert.network.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's own vote on an agenda item, cast online before the result is recorded; only they see it until then. */
@Entity
@Table(name = "committee_vote")
@IdClass(CommitteeBallot.Key.class)
public class CommitteeVote {

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(length = 254)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vote vote;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected CommitteeVote() {
    }

    CommitteeVote(long itemId, String member, Vote vote, Instant castAt) {
        this.itemId = itemId;
        this.member = member;
        this.vote = vote;
        this.castAt = castAt;
    }

    /** A member changes their mind before the result is recorded. */
    void change(Vote newVote, Instant at) {
        this.vote = newVote;
        this.castAt = at;
    }

    Ballot ballot() {
        return new Ballot(member, vote);
    }

    public Vote getVote() {
        return vote;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
