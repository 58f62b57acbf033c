package org.peercert.network.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R-NET-3: an agenda item keeps the committee's decision as it was counted. */
class CommitteeItemTest {

    private static final Instant AT = Instant.parse("2026-12-15T17:30:00Z");

    @Test
    void anItemIsUndecidedUntilATallyIsRecorded() {
        CommitteeItem item = new CommitteeItem(7, 42);

        assertEquals(7L, item.getMeetingId());
        assertEquals(42L, item.getRequestId());
        assertFalse(item.isDecided());
        assertNull(item.getOutcome());
        assertNull(item.getRecordedAt());
    }

    @Test
    void theRecordedTallyIsKeptVoteByVote() {
        CommitteeItem item = new CommitteeItem(7, 42);

        item.record(new Tally(3, 1, 2, Outcome.APPROVED), "Audit clean.", "network@example.org", AT);

        assertTrue(item.isDecided());
        assertEquals(Outcome.APPROVED, item.getOutcome());
        assertEquals(3, item.getVotesApprove());
        assertEquals(1, item.getVotesDeny());
        assertEquals(2, item.getVotesDefer());
        assertEquals("Audit clean.", item.getMinutes());
        assertEquals("network@example.org", item.getRecordedBy());
        assertEquals(AT, item.getRecordedAt());
    }
}
