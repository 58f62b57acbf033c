package org.peercert.agency.check;

import org.peercert.billing.BillingVerdict;

/** A check as recorded and its verdict. */
public record CheckAnswer(EligibilityCheck check, BillingVerdict verdict, String ruleDescription) {
}
