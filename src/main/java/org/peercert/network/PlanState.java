package org.peercert.network;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a corrective action plan the audit asked for stands (#26). Overdue once its due day has passed without an
 * accepted plan, unless the network has a plan in hand to review: the agency did its part, the network's is left.
 */
public enum PlanState {
    /** The audit asked for no plan. */
    NOT_ASKED,
    /** Asked for, not sent yet, the due day still to come (or today). */
    AWAITED,
    /** Sent; the network has not accepted or returned it yet. */
    RECEIVED,
    /** The network returned it; a corrected plan is awaited. */
    RETURNED,
    /** The network accepted it. */
    ACCEPTED,
    /** The due day has passed without a plan, or after a return without a corrected one. */
    OVERDUE;

    public static PlanState of(LocalDate due, Instant receivedAt, PlanDecision decision, LocalDate today) {
        if (due == null) {
            return NOT_ASKED;
        }
        if (decision == PlanDecision.ACCEPTED) {
            return ACCEPTED;
        }
        if (receivedAt != null && decision == null) {
            return RECEIVED;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return decision == PlanDecision.RETURNED ? RETURNED : AWAITED;
    }

    /** Whether the agency may send a plan now: asked for and not accepted. */
    public boolean acceptsPlan() {
        return this != NOT_ASKED && this != ACCEPTED;
    }
}
