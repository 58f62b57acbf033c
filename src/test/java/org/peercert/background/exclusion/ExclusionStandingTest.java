package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peercert.background.exclusion.ExclusionStanding.State;

/** R-BG-3: of the four places a person can stand against the exclusion list, only a confirmed match stops certification. */
class ExclusionStandingTest {

    private static final Instant IN_FORCE = Instant.parse("2026-11-02T06:00:00Z");

    @Test
    void rBg3_onlyAConfirmedExclusionBlocksCertification() {
        assertTrue(new ExclusionStanding(State.EXCLUDED, IN_FORCE).blocksCertification());
        assertFalse(new ExclusionStanding(State.UNDER_REVIEW, IN_FORCE).blocksCertification(), "a possible match waits for staff");
        assertFalse(new ExclusionStanding(State.CLEAR, IN_FORCE).blocksCertification());
        assertFalse(new ExclusionStanding(State.NO_LIST, null).blocksCertification(), "no list imported yet blocks no one");
    }

    @Test
    void eachStandingIsShownInWords() {
        assertEquals("Excluded (confirmed)", State.EXCLUDED.label());
        assertEquals("Possible match under review", State.UNDER_REVIEW.label());
        assertEquals("No match", State.CLEAR.label());
        assertEquals("No list imported yet", State.NO_LIST.label());
    }
}
