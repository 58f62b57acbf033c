package org.peercert.background.exclusion;

import java.time.Instant;

/**
 * R-BG-3: where a person stands against the exclusion list. EXCLUDED blocks certificate issue, renewal and
 * billing eligibility; UNDER_REVIEW waits for staff; NO_LIST means no list has been imported yet.
 */
public record ExclusionStanding(State state, Instant listInForceSince) {

    public enum State {
        NO_LIST, CLEAR, UNDER_REVIEW, EXCLUDED
    }

    public boolean blocksCertification() {
        return state == State.EXCLUDED;
    }
}
