package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An agency sees when its key was last used, to the minute (#23: not a write per lookup). */
class ApiKeyTest {

    private static final Instant MADE = Instant.parse("2026-12-07T09:00:00Z");

    private static ApiKey key() {
        return new ApiKey(1, "abcdefgh", "0".repeat(64), "Billing system", "admin@agency.example.org", MADE, null, false);
    }

    @Test
    void aKeyNeverUsedSaysSo() {
        assertNull(key().getLastUsedAt());
    }

    @Test
    void theFirstUseIsKeptAsItIs() {
        ApiKey key = key();
        key.used(MADE.plusSeconds(5));
        assertEquals(MADE.plusSeconds(5), key.getLastUsedAt());
    }

    @Test
    void usesWithinTheMinuteAfterTheLastKeptOneAreNotWrittenAgain() {
        ApiKey key = key();
        key.used(MADE);
        key.used(MADE.plusSeconds(59));
        assertEquals(MADE, key.getLastUsedAt());
    }

    @Test
    void aUseAMinuteOrMoreLaterIsKept() {
        ApiKey key = key();
        key.used(MADE);
        key.used(MADE.plusSeconds(60));
        assertEquals(MADE.plusSeconds(60), key.getLastUsedAt());
        key.used(MADE.plusSeconds(200));
        assertEquals(MADE.plusSeconds(200), key.getLastUsedAt());
    }

    @Test
    void aClockSetBackAMinuteOrMoreIsFollowedNotFrozen() {
        ApiKey key = key();
        key.used(MADE.plusSeconds(3600));
        key.used(MADE);
        assertEquals(MADE, key.getLastUsedAt());
    }
}
