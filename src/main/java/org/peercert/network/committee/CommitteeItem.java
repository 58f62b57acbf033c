package org.peercert.network.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A request on a meeting's agenda and, once recorded, the committee's decision with its vote and minutes. */
@Entity
@Table(name = "committee_item")
public class CommitteeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "votes_approve")
    private Integer votesApprove;

    @Column(name = "votes_deny")
    private Integer votesDeny;

    @Column(name = "votes_defer")
    private Integer votesDefer;

    @Column(length = 4000)
    private String minutes;

    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected CommitteeItem() {
    }

    CommitteeItem(long meetingId, long requestId) {
        this.meetingId = meetingId;
        this.requestId = requestId;
    }

    void record(Tally tally, String minutesText, String by, Instant at) {
        outcome = tally.outcome();
        votesApprove = tally.approve();
        votesDeny = tally.deny();
        votesDefer = tally.defer();
        minutes = minutesText;
        recordedBy = by;
        recordedAt = at;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Integer getVotesApprove() {
        return votesApprove;
    }

    public Integer getVotesDeny() {
        return votesDeny;
    }

    public Integer getVotesDefer() {
        return votesDefer;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
