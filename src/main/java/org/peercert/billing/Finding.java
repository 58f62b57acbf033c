package org.peercert.billing;

/** One reason of a billing-eligibility verdict, naming the rule it comes from (e.g. {@code R-ELIG-4}). */
public record Finding(String ruleId, Outcome outcome, String message) {

    public enum Outcome {
        /** the rule is satisfied */
        MET,
        /** the rule is not satisfied: the service may not be billed */
        NOT_MET,
        /** worth knowing, does not decide the verdict (e.g. clinical supervision overdue) */
        NOTE
    }
}
