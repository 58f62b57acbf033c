package org.peercert.billing;

import java.math.BigDecimal;
import java.util.List;

/** Yes or no, with every reason, and the expected reimbursement where the rule table has a rate. */
public record BillingVerdict(List<Finding> findings, BigDecimal expectedReimbursement) {

    public BillingVerdict {
        findings = List.copyOf(findings);
    }

    /** Yes when no finding is unmet. */
    public boolean eligible() {
        return noneUnmet(findings);
    }

    public List<Finding> unmet() {
        return findings.stream().filter(f -> f.outcome() == Finding.Outcome.NOT_MET).toList();
    }

    static boolean noneUnmet(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.outcome() == Finding.Outcome.NOT_MET);
    }
}
