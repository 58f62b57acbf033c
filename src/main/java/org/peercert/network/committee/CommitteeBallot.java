package org.peercert.network.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One member's vote on an agenda item, kept with the decision. */
@Entity
@Table(name = "committee_ballot")
@IdClass(CommitteeBallot.Key.class)
public class CommitteeBallot {

    /** The composite key, as JPA asks for it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long itemId;
        private String member;

        /** For JPA. */
        public Key() {
        }

        Key(long itemId, String member) {
            this.itemId = itemId;
            this.member = member;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(itemId, k.itemId) && Objects.equals(member, k.member);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, member);
        }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(length = 254)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vote vote;

    protected CommitteeBallot() {
    }

    CommitteeBallot(long itemId, String member, Vote vote) {
        this.itemId = itemId;
        this.member = member;
        this.vote = vote;
    }

    public String getMember() {
        return member;
    }

    public Vote getVote() {
        return vote;
    }
}
