package org.peercert.network.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** R-NET-3: a member's declared conflict of interest in a request; they cannot vote on it. */
@Entity
@Table(name = "committee_conflict")
@IdClass(CommitteeConflict.Key.class)
public class CommitteeConflict {

    /** The composite key, as JPA asks for it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long requestId;
        String member;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(requestId, k.requestId) && Objects.equals(member, k.member);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, member);
        }
    }

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Id
    @Column(length = 254)
    private String member;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected CommitteeConflict() {
    }

    CommitteeConflict(long requestId, String member, String reason, Instant declaredAt) {
        this.requestId = requestId;
        this.member = member;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getMember() {
        return member;
    }

    public String getReason() {
        return reason;
    }
}
