package org.peercert.background.exclusion;

import java.time.Instant;

/**
 * R-BG-3: where a person stands against the exclusion list. EXCLUDED blocks certificate issue, renewal and
 * billing eligibility; UNDER_REVIEW waits for staff; NO_LIST means no list has been imported yet.
 */
public record ExclusionStanding(State state, Instant listInForceSince) {

    public enum State {
        NO_LIST("No list imported yet"), CLEAR("No match"), UNDER_REVIEW("Possible match under review"), EXCLUDED("Excluded (confirmed)");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean blocksCertification() {
        return state == State.EXCLUDED;
    }
}
