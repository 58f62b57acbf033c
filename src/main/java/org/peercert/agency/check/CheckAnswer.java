package org.peercert.agency.check;

import org.peercert.billing.BillingVerdict;

/**
 * A check as recorded and its verdict; {@code replayed} when it is the first answer to a request retried with the same
 * Idempotency-Key (#32), not a new check.
 */
public record CheckAnswer(EligibilityCheck check, BillingVerdict verdict, String ruleDescription, boolean replayed) {
}
