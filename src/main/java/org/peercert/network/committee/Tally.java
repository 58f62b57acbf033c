package org.peercert.network.committee;

/** R-NET-3: the votes counted at a committee meeting and the outcome they give. */
public record Tally(int approve, int deny, int defer, Outcome outcome) {

    /** The number of ballots cast. */
    public int cast() {
        return approve + deny + defer;
    }
}
